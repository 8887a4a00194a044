package dev.loket.identity.internal;

import dev.loket.core.persistence.ModuleSchema;

/** The tables of sdk-identity: {@code identity_*} (revoked sessions), migrated from {@code db/migration/identity}. */
public final class IdentitySchema implements ModuleSchema {
    @Override
    public String module() {
        return "identity";
    }
}

package dev.loket.consent.internal;

import dev.loket.core.persistence.ModuleSchema;

/** The tables of sdk-consent: {@code consent_*}, migrated from {@code db/migration/consent}. */
public final class ConsentSchema implements ModuleSchema {
    @Override
    public String module() {
        return "consent";
    }
}

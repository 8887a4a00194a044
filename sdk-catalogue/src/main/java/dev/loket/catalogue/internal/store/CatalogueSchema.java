package dev.loket.catalogue.internal.store;

import dev.loket.core.persistence.ModuleSchema;

/** The tables of sdk-catalogue: {@code catalogue_*}, migrated from {@code db/migration/catalogue}. */
public final class CatalogueSchema implements ModuleSchema {
    @Override
    public String module() {
        return "catalogue";
    }
}

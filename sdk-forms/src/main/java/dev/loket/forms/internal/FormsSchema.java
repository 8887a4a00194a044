package dev.loket.forms.internal;

import dev.loket.core.persistence.ModuleSchema;

/** The tables of sdk-forms: {@code forms_*}, migrated from {@code db/migration/forms}. */
public final class FormsSchema implements ModuleSchema {
    @Override
    public String module() {
        return "forms";
    }
}

package dev.loket.core.persistence;

/** A module schema that exists only in tests, to prove the migration mechanism itself. */
public final class ProbeSchema implements ModuleSchema {
    @Override
    public String module() {
        return "probe";
    }
}

package dev.loket.core.persistence;

/**
 * The database tables of one Loket module. Each module owns its tables (named {@code <module>_...}),
 * its Flyway migrations (under {@code db/migration/<module>/}) and its own migration history, so
 * modules evolve independently and an agency can embed only the modules it needs.
 *
 * <p>The migration folder must contain an empty file {@code flyway.location}: application servers
 * such as Open Liberty can only list class-path folders that contain a known file.
 *
 * <p>Modules register an implementation in {@code META-INF/services/dev.loket.core.persistence.ModuleSchema};
 * {@link SchemaMigrations#migrateAll} finds every module on the class path.
 */
public interface ModuleSchema {

    /** The module's short name, e.g. {@code forms}: prefix of its tables and folder of its migrations. */
    String module();

    default String migrationLocation() {
        return "classpath:db/migration/" + module();
    }

    default String historyTable() {
        return module() + "_schema_history";
    }
}

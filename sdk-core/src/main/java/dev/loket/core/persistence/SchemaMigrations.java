package dev.loket.core.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Brings the database up to date for Loket's modules with Flyway. Run it once at start-up, before
 * the first request: every migration is applied in a transaction where the database allows, and a
 * failed migration stops the start instead of serving requests against a half-made schema.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Migrates one module; returns how many migrations were applied now. */
    public static int migrate(DataSource dataSource, ModuleSchema schema) {
        ClassLoader loader = classLoader();
        requireMarker(loader, schema);
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(schema.migrationLocation())
                .callbackLocations(schema.migrationLocation())
                .failOnMissingLocations(true)
                .table(schema.historyTable())
                .validateMigrationNaming(true)
                // Modules share one database schema, each with its own history table: another
                // module's tables must not count as "non-empty schema without history". Baseline
                // at version 0, below every migration, so all of a module's migrations still run.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        // Count migrations only: on some databases Flyway also reports the creation of its history table.
        int applied = (int) result.migrations.stream()
                .filter(migration -> migration.version != null && !migration.version.isEmpty())
                .count();
        LOG.info(() -> "Schema of module " + schema.module() + ": " + applied
                + " migration(s) applied, now at version " + result.targetSchemaVersion);
        return applied;
    }

    /**
     * Open Liberty (like WebSphere) can only list a class-path folder that contains a file named
     * {@code flyway.location}. Without it Flyway sees no migrations and "succeeds" on an empty
     * schema, so its absence is an error here, on every server, and in every store test.
     */
    private static void requireMarker(ClassLoader loader, ModuleSchema schema) {
        String marker = schema.migrationLocation().substring("classpath:".length()) + "/flyway.location";
        if (loader.getResource(marker) == null) {
            throw new IllegalStateException("Module " + schema.module() + " has no " + marker
                    + ": add an empty file of that name next to its migrations");
        }
    }

    /** Migrates every module found on the class path, in name order; returns the modules migrated. */
    public static List<ModuleSchema> migrateAll(DataSource dataSource) {
        List<ModuleSchema> schemas = discover();
        schemas.forEach(schema -> migrate(dataSource, schema));
        return schemas;
    }

    /** Every module schema registered on the class path. */
    public static List<ModuleSchema> discover() {
        return ServiceLoader.load(ModuleSchema.class, classLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ModuleSchema::module))
                .toList();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SchemaMigrations.class.getClassLoader();
    }
}

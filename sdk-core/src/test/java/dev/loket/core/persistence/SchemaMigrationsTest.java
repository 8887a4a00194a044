package dev.loket.core.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationsTest {

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void appliesEveryMigrationOnceAndKeepsHistoryPerModule(TestDatabase database) throws SQLException {
        DataSource dataSource = database.newDatabase();

        assertThat(SchemaMigrations.migrate(dataSource, new ProbeSchema())).isEqualTo(2);
        assertThat(SchemaMigrations.migrate(dataSource, new ProbeSchema())).isZero();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO probe_item (id, label, created_at) VALUES "
                    + "('6c3f2a2e-4a7e-4a43-9d52-1c2b0e1f0a11', 'x', CURRENT_TIMESTAMP)");
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM \"probe_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void migratesEveryModuleRegisteredOnTheClassPath(TestDatabase database) {
        DataSource dataSource = database.newDatabase();

        assertThat(SchemaMigrations.migrateAll(dataSource))
                .extracting(ModuleSchema::module)
                .containsExactly("probe");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesAModuleWhoseMigrationsAnApplicationServerCouldNotFind(TestDatabase database) {
        ModuleSchema withoutMarker = () -> "nomarker";

        assertThatThrownBy(() -> SchemaMigrations.migrate(database.newDatabase(), withoutMarker))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("db/migration/nomarker/flyway.location");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void migratesSeveralModulesIntoOneDatabaseInAnyOrder(TestDatabase database) throws SQLException {
        DataSource dataSource = database.newDatabase();
        ModuleSchema second = () -> "probetwo";

        assertThat(SchemaMigrations.migrate(dataSource, second)).isEqualTo(1);
        assertThat(SchemaMigrations.migrate(dataSource, new ProbeSchema())).isEqualTo(2);
        assertThat(SchemaMigrations.migrate(dataSource, second)).isZero();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO probetwo_item (id) VALUES ('6c3f2a2e-4a7e-4a43-9d52-1c2b0e1f0a12')");
            s.execute("INSERT INTO probe_item (id, label, created_at) VALUES "
                    + "('6c3f2a2e-4a7e-4a43-9d52-1c2b0e1f0a13', 'x', CURRENT_TIMESTAMP)");
        }
    }
}

package dev.loket.portal;

import dev.loket.core.persistence.ModuleSchema;
import dev.loket.core.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ready only when the database answers and every module's schema is in place: it reads each
 * module's migration history, which proves the connection, the credentials and the migrations at once.
 *
 * <p>The answer is public (load balancers and orchestrators read it without a login), so it says UP
 * or DOWN and nothing more: which database product and how many migrations would tell an attacker
 * what to aim at. Why it is DOWN goes to the log, for the operator.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean migrated = true;
            for (ModuleSchema schema : SchemaMigrations.discover()) {
                if (appliedMigrations(connection, schema) == 0) {
                    LOG.warning(() -> "Not ready: module " + schema.module() + " has no applied migrations");
                    migrated = false;
                }
            }
            return health.status(migrated).build();
        } catch (SQLException e) {
            // The cause goes to the log only: health output is public.
            LOG.log(Level.WARNING, "Database readiness check failed", e);
            return health.down().build();
        }
    }

    private static int appliedMigrations(Connection connection, ModuleSchema schema) throws SQLException {
        // Flyway creates its history table with a quoted lower-case name on every database.
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM \""
                + schema.historyTable() + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            count.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

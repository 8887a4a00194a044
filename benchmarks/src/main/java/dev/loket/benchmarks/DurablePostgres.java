package dev.loket.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.loket.consent.internal.ConsentSchema;
import dev.loket.core.persistence.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An embedded PostgreSQL 17 (zonky) that commits durably, as production does: zonky turns
 * {@code synchronous_commit} off by default for tests, so it is turned back on here (and
 * {@code fsync}), with a pool of connections in front, as an application server has.
 */
final class DurablePostgres implements AutoCloseable {

    private final EmbeddedPostgres server;
    final HikariDataSource dataSource;

    DurablePostgres(int connections) {
        this(connections, false);
    }

    /**
     * @param rewriteBatchedInserts the PostgreSQL driver's {@code reWriteBatchedInserts}: a JDBC batch of
     *                              inserts goes as multi-row inserts, which the processing log's writer gains from
     */
    DurablePostgres(int connections, boolean rewriteBatchedInserts) {
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        HikariConfig pool = new HikariConfig();
        PGSimpleDataSource postgres = (PGSimpleDataSource) server.getPostgresDatabase();
        postgres.setReWriteBatchedInserts(rewriteBatchedInserts);
        pool.setDataSource(postgres);
        pool.setMaximumPoolSize(connections);
        dataSource = new HikariDataSource(pool);
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        server.close();
    }
}

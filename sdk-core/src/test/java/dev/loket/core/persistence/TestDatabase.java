package dev.loket.core.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The databases every store test runs against: embedded H2 (the samples' default) and a real
 * PostgreSQL 17 (production), started once per test JVM from the zonky binaries. Each call of
 * {@link #newDatabase()} gives an empty database of its own, so tests never see each other's rows.
 *
 * <p>Use with {@code @ParameterizedTest @ArgumentsSource(TestDatabase.All.class)}.
 */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource newDatabase() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:store" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        public DataSource newDatabase() {
            EmbeddedPostgres server = Postgres.SERVER.get();
            String name = "store" + COUNTER.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
            return server.getDatabase("postgres", name);
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A fresh, empty database. */
    public abstract DataSource newDatabase();

    /** Supplies every test database as an argument. */
    public static final class All implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
            return Stream.of(values()).map(Arguments::of);
        }
    }

    /** Starts PostgreSQL on first use and stops it when the JVM ends. */
    private static final class Postgres {
        static final Supplier<EmbeddedPostgres> SERVER = new Supplier<>() {
            private EmbeddedPostgres server;

            @Override
            public synchronized EmbeddedPostgres get() {
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder().start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
                    }
                    EmbeddedPostgres started = server;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            started.close();
                        } catch (IOException ignored) {
                            // The JVM is ending; the data directory is temporary anyway.
                        }
                    }));
                }
                return server;
            }
        };
    }
}

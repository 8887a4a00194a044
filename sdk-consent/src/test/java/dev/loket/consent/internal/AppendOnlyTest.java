package dev.loket.consent.internal;

import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.MutableClock;
import dev.loket.consent.log.ProcessingLog;
import dev.loket.consent.log.ProcessingLogTest;
import dev.loket.consent.log.TraceContext;
import dev.loket.core.Channel;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL itself keeps the consent records and the processing log append-only: the application's
 * connection cannot update, delete or truncate them, except the purge, which must say it purges and,
 * for a consent event, register the removal first.
 */
class AppendOnlyTest {

    private static final String SUBJECT = "ps-7f3a9c";
    private DataSource dataSource;
    private ConsentEvent given;

    @BeforeEach
    void storeOneEventAndOneLogEntry() {
        dataSource = TestDatabase.POSTGRESQL.newDatabase();
        SchemaMigrations.migrate(dataSource, new ConsentSchema());
        ConsentStore store = new JdbcConsentStore(dataSource, JdbcConsentStoreTest.purposes(),
                new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));
        given = store.give(ConsentRequest.of(SUBJECT, JdbcConsentStoreTest.CONTROLLER, JdbcConsentStoreTest.NEWSLETTER,
                "v1", Channel.WEB));
        try (ProcessingLog log = ProcessingLog.onDatabase(dataSource, ProcessingLog.Settings.DEFAULT)) {
            log.record(ProcessingLogTest.entry(TraceContext.newTrace(), SUBJECT));
        }
    }

    @Test
    void refusesToUpdateAStoredConsentEvent() {
        assertThatThrownBy(() -> execute("UPDATE consent_event SET event_type = 'WITHDRAWN'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
    }

    @Test
    void refusesToDeleteOrTruncateOutsideThePurge() {
        assertThatThrownBy(() -> execute("DELETE FROM consent_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("TRUNCATE consent_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("UPDATE consent_processing_log SET status = 'ERROR'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM consent_processing_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("TRUNCATE consent_processing_log")).hasMessageContaining("append-only");
    }

    @Test
    void refusesToChangeARowEvenDuringThePurge() {
        assertThatThrownBy(() -> inPurge("UPDATE consent_processing_log SET status = 'ERROR'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void letsThePurgeDeleteLogEntriesButAConsentEventOnlyOnceItsRemovalIsRegistered() throws SQLException {
        assertThat(inPurge("DELETE FROM consent_processing_log")).isEqualTo(1);
        assertThatThrownBy(() -> inPurge("DELETE FROM consent_event")).hasMessageContaining("consent_event_purged");

        try (Connection c = dataSource.getConnection();
             PreparedStatement register = c.prepareStatement("INSERT INTO consent_event_purged "
                     + "(event_id, subject, sequence_number, hash, purged_at, reason) VALUES (?, ?, ?, ?, ?, 'RETENTION')")) {
            register.setObject(1, given.id());
            register.setString(2, SUBJECT);
            register.setLong(3, given.sequence());
            register.setString(4, given.hash());
            register.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            register.executeUpdate();
        }
        assertThat(inPurge("DELETE FROM consent_event")).isEqualTo(1);
        assertThatThrownBy(() -> inPurge("DELETE FROM consent_event_purged")).hasMessageContaining("append-only");
    }

    private int execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private int inPurge(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT set_config('loket.consent.purge', 'on', true)");
            int rows = s.executeUpdate(sql);
            c.commit();
            return rows;
        }
    }
}

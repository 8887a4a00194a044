package dev.loket.consent.internal;

import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentState;
import dev.loket.consent.LegalBasis;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only code that deletes consent events and processing log entries. Every transaction first
 * tells PostgreSQL it purges ({@code loket.consent.purge}, local to the transaction), and every
 * consent event removed leaves its place and hash in {@code consent_event_purged}, so the subject's
 * chain still verifies and the triggers let the delete through.
 */
public final class Purging {

    /** Why an event was removed, as stored in {@code consent_event_purged.reason}. */
    public enum Reason {
        RETENTION, ERASURE
    }

    /** One consent's last event, the state it leaves, for deciding whether its retention has passed. */
    public record ConsentEnd(ConsentEvent last) {
        /** When the consent stopped being given; empty while it is still given. */
        public Optional<Instant> endedAt(Instant now) {
            ConsentState state = ConsentState.of(last, now);
            if (state.isGiven()) {
                return Optional.empty();
            }
            return Optional.of(last.expiresAt().filter(end -> last.type() == ConsentEvent.Type.GIVEN
                    || last.type() == ConsentEvent.Type.RENEWED).orElse(last.time()));
        }
    }

    private final DataSource dataSource;

    public Purging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The last event of every consent on record. */
    public List<ConsentEnd> consentEnds() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + JdbcConsentStore.COLUMNS + " FROM consent_event e "
                     + "WHERE e.sequence_number = (SELECT MAX(x.sequence_number) FROM consent_event x "
                     + "WHERE x.subject = e.subject AND x.controller = e.controller AND x.purpose_id = e.purpose_id)");
             ResultSet row = select.executeQuery()) {
            List<ConsentEnd> ends = new ArrayList<>();
            while (row.next()) {
                ends.add(new ConsentEnd(JdbcConsentStore.read(row)));
            }
            return ends;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the consents on record", e);
        }
    }

    /** Removes every event of one consent, registering each in {@code consent_event_purged}; returns how many. */
    public int removeConsent(String subject, String controller, String purposeId, Reason reason, Instant now) {
        return inPurge(c -> {
            List<Object[]> events = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, sequence_number, hash FROM consent_event "
                    + "WHERE subject = ? AND controller = ? AND purpose_id = ?")) {
                select.setString(1, subject);
                select.setString(2, controller);
                select.setString(3, purposeId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        events.add(new Object[]{row.getObject(1, UUID.class), row.getLong(2), row.getString(3)});
                    }
                }
            }
            try (PreparedStatement register = c.prepareStatement("INSERT INTO consent_event_purged "
                    + "(event_id, subject, sequence_number, hash, purged_at, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Object[] event : events) {
                    register.setObject(1, event[0]);
                    register.setString(2, subject);
                    register.setLong(3, (Long) event[1]);
                    register.setString(4, (String) event[2]);
                    register.setObject(5, now.atOffset(ZoneOffset.UTC));
                    register.setString(6, reason.name());
                    register.addBatch();
                }
                register.executeBatch();
            }
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM consent_event WHERE subject = ? AND controller = ? AND purpose_id = ?")) {
                delete.setString(1, subject);
                delete.setString(2, controller);
                delete.setString(3, purposeId);
                return delete.executeUpdate();
            }
        });
    }

    /** Removes the log entries of a purpose that ended before {@code cutoff}; returns how many. */
    public int removeLogEntriesEndedBefore(String controller, String purposeId, Instant cutoff) {
        return inPurge(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM consent_processing_log "
                    + "WHERE controller = ? AND purpose_id = ? AND ended_at < ?")) {
                delete.setString(1, controller);
                delete.setString(2, purposeId);
                delete.setObject(3, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }

    /** Removes the subject's log entries that rest on {@code basis}; returns how many. */
    public int removeLogEntriesOf(String subject, LegalBasis basis) {
        return inPurge(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM consent_processing_log WHERE subject = ? AND legal_basis = ?")) {
                delete.setString(1, subject);
                delete.setString(2, basis.name());
                return delete.executeUpdate();
            }
        });
    }

    private interface Work {
        int run(Connection c) throws SQLException;
    }

    private int inPurge(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                    try (Statement purge = c.createStatement()) {
                        purge.execute("SELECT set_config('loket.consent.purge', 'on', true)");
                    }
                }
                int rows = work.run(c);
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The purge could not remove what it should", e);
        }
    }
}

package dev.loket.forms.internal;

import dev.loket.forms.delivery.DeliveryException;
import dev.loket.forms.delivery.OutboxRelay;
import dev.loket.forms.delivery.ParkedDelivery;
import dev.loket.forms.delivery.RelayRun;
import dev.loket.forms.delivery.RetryPolicy;
import dev.loket.forms.delivery.SubmissionDelivery;
import dev.loket.forms.submission.StoredSubmission;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox relay on {@code forms_outbox}. A row is claimed with an optimistic
 * {@code UPDATE ... WHERE attempts = ?}: of two relays that read the same row, only one changes it.
 * This works the same on H2 and PostgreSQL, unlike {@code FOR UPDATE SKIP LOCKED}, and needs no
 * transaction held open during the (slow) delivery. The claim moves the row's next attempt one lease
 * ahead, so a relay that dies mid-delivery only delays the row.
 *
 * <p>A batch is claimed in one transaction and the rows delivered from it are marked in one
 * transaction after the batch (each a single batched statement, one round trip), instead of two
 * commits per row: under load the relay's commits cost as much as the submissions' own. No delivery
 * of a batch starts after half the lease; rows left then are handed back, due at once, so a slow back
 * office never makes a batch outlast its lease and get delivered twice.
 */
public final class JdbcOutboxRelay implements OutboxRelay {

    public static final int DEFAULT_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(JdbcOutboxRelay.class.getName());
    private static final int MAX_ERROR_LENGTH = 500;

    private final DataSource dataSource;
    private final SubmissionDelivery delivery;
    private final RetryPolicy policy;
    private final Clock clock;
    private final int batch;

    public JdbcOutboxRelay(DataSource dataSource, SubmissionDelivery delivery, RetryPolicy policy, Clock clock, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one row, not " + batch);
        }
        this.dataSource = dataSource;
        this.delivery = delivery;
        this.policy = policy;
        this.clock = clock;
        this.batch = batch;
    }

    /** A due row as read, before it is claimed. */
    private record Due(StoredSubmission submission, int attempts) {
        UUID id() {
            return submission.id();
        }
    }

    @Override
    public RelayRun relayDue() {
        int delivered = 0;
        int failed = 0;
        int parked = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Due> claimed = claim(c, due(c));
            Instant lastStart = now().plus(policy.lease().dividedBy(2));
            List<UUID> done = new ArrayList<>();
            List<Due> untried = new ArrayList<>();
            try {
                for (Due due : claimed) {
                    if (now().isAfter(lastStart)) {
                        untried.add(due);
                        continue;
                    }
                    try {
                        delivery.deliver(due.submission());
                        done.add(due.id());
                    } catch (Exception e) {
                        if (recordFailure(c, due.id(), due.attempts() + 1, describe(e))) {
                            parked++;
                        } else {
                            failed++;
                        }
                    }
                }
            } finally {
                // Also when a delivery throws an Error: what was delivered before it stays delivered.
                markDelivered(c, done);
            }
            delivered = done.size();
            handBack(c, untried);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not relay the outbox", e);
        }
        return new RelayRun(delivered, failed, parked);
    }

    private List<Due> due(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT o.attempts, " + JdbcSubmissionStore.COLUMNS
                + " FROM forms_outbox o JOIN forms_submission s ON s.id = o.submission_id "
                + "WHERE o.delivered_at IS NULL AND o.parked_at IS NULL AND o.next_attempt_at <= ? "
                + "ORDER BY o.next_attempt_at, o.submission_id FETCH FIRST ? ROWS ONLY")) {
            select.setObject(1, utc(now()));
            select.setInt(2, batch);
            List<Due> due = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(JdbcSubmissionStore.read(row), row.getInt("attempts")));
                }
            }
            return due;
        }
    }

    /** Claims the rows in one transaction; the ones another relay changed in between are left out. */
    private List<Due> claim(Connection c, List<Due> due) throws SQLException {
        if (due.isEmpty()) {
            return due;
        }
        int[] changed = inOneTransaction(c, "UPDATE forms_outbox SET attempts = attempts + 1, "
                + "next_attempt_at = ? WHERE submission_id = ? AND attempts = ? "
                + "AND delivered_at IS NULL AND parked_at IS NULL", due, (update, row) -> {
                    update.setObject(1, utc(now().plus(policy.lease())));
                    update.setObject(2, row.id());
                    update.setInt(3, row.attempts());
                });
        List<Due> claimed = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (changed[i] == 1) {
                claimed.add(due.get(i));
            }
        }
        return claimed;
    }

    private void markDelivered(Connection c, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = now();
        inOneTransaction(c, "UPDATE forms_outbox SET delivered_at = ?, last_error = NULL "
                + "WHERE submission_id = ? AND delivered_at IS NULL", ids, (update, id) -> {
                    update.setObject(1, utc(now));
                    update.setObject(2, id);
                });
    }

    /** Gives claimed rows that were not tried back, due now, as if they had never been claimed. */
    private void handBack(Connection c, List<Due> untried) throws SQLException {
        if (untried.isEmpty()) {
            return;
        }
        Instant now = now();
        inOneTransaction(c, "UPDATE forms_outbox SET attempts = attempts - 1, next_attempt_at = ? "
                + "WHERE submission_id = ? AND attempts = ? AND delivered_at IS NULL AND parked_at IS NULL",
                untried, (update, row) -> {
                    update.setObject(1, utc(now));
                    update.setObject(2, row.id());
                    update.setInt(3, row.attempts() + 1);
                });
    }

    /** Sets one row's parameters of a batched statement. */
    @FunctionalInterface
    private interface Parameters<T> {
        void set(PreparedStatement statement, T row) throws SQLException;
    }

    /** One statement for each row, sent as one batch and committed once; the rows each changed. */
    private static <T> int[] inOneTransaction(Connection c, String sql, List<T> rows, Parameters<T> parameters)
            throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (T row : rows) {
                parameters.set(statement, row);
                statement.addBatch();
            }
            int[] changed = statement.executeBatch();
            c.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Schedules the next attempt, or parks the row after the last one; {@code true} when parked. */
    private boolean recordFailure(Connection c, UUID id, int attempt, String error) throws SQLException {
        boolean park = attempt >= policy.maxAttempts();
        Instant now = now();
        try (PreparedStatement update = c.prepareStatement(park
                ? "UPDATE forms_outbox SET last_error = ?, parked_at = ? WHERE submission_id = ? AND attempts = ? "
                        + "AND delivered_at IS NULL"
                : "UPDATE forms_outbox SET last_error = ?, next_attempt_at = ? WHERE submission_id = ? "
                        + "AND attempts = ? AND delivered_at IS NULL")) {
            update.setString(1, error);
            update.setObject(2, utc(park ? now : now.plus(policy.delayAfter(attempt))));
            update.setObject(3, id);
            update.setInt(4, attempt);
            update.executeUpdate();
        }
        LOG.log(park ? Level.SEVERE : Level.WARNING, "Delivery of submission {0} failed (attempt {1} of {2}){3}: {4}",
                new Object[] {id, attempt, policy.maxAttempts(), park ? ", parked" : "", error});
        return park;
    }

    @Override
    public List<ParkedDelivery> parked() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT o.submission_id, s.form_id, o.attempts, "
                     + "o.last_error, o.parked_at FROM forms_outbox o JOIN forms_submission s ON s.id = o.submission_id "
                     + "WHERE o.parked_at IS NOT NULL AND o.delivered_at IS NULL ORDER BY o.parked_at, o.submission_id");
             ResultSet row = select.executeQuery()) {
            List<ParkedDelivery> parked = new ArrayList<>();
            while (row.next()) {
                parked.add(new ParkedDelivery(row.getObject("submission_id", UUID.class), row.getString("form_id"),
                        row.getInt("attempts"), row.getString("last_error"),
                        row.getObject("parked_at", OffsetDateTime.class).toInstant()));
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read parked deliveries", e);
        }
    }

    @Override
    public boolean retryParked(UUID submissionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE forms_outbox SET parked_at = NULL, attempts = 0, "
                     + "next_attempt_at = ? WHERE submission_id = ? AND parked_at IS NOT NULL AND delivered_at IS NULL")) {
            update.setObject(1, utc(now()));
            update.setObject(2, submissionId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not retry submission " + submissionId, e);
        }
    }

    /**
     * What is recorded about a failure: the message of a {@link DeliveryException}, whose contract
     * keeps personal data out; of anything else only the exception types, because a message such as
     * a back office's error body may quote the submitted answers.
     */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            if (t != failure) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t instanceof DeliveryException && t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() <= MAX_ERROR_LENGTH ? text.toString() : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

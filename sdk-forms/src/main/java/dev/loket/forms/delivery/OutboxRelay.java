package dev.loket.forms.delivery;

import dev.loket.forms.internal.JdbcOutboxRelay;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Moves submissions from the outbox to the back office. Call {@link #relayDue()} on a schedule
 * (e.g. every few seconds from a managed executor); any number of relays, in any number of
 * instances, may run at once: each row is claimed by one of them before it is delivered.
 */
public interface OutboxRelay {

    /** Delivers the due, undelivered submissions (one batch) and reports what happened. */
    RelayRun relayDue();

    /** Submissions parked after their last allowed attempt, the oldest first. */
    List<ParkedDelivery> parked();

    /**
     * Puts a parked submission back in line, due now, with a fresh count of attempts.
     *
     * @return {@code false} when the submission was not parked
     */
    boolean retryParked(UUID submissionId);

    /** A relay over the {@code forms_outbox} table of a database migrated with sdk-forms' schema. */
    static OutboxRelay onDatabase(DataSource dataSource, SubmissionDelivery delivery, RetryPolicy policy, Clock clock) {
        return new JdbcOutboxRelay(dataSource, delivery, policy, clock, JdbcOutboxRelay.DEFAULT_BATCH);
    }
}

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

    /**
     * Delivers the due, undelivered submissions (one batch) and reports what happened. Delivery is at
     * least once: a relay that dies after a delivery but before it is marked delivers it again later.
     */
    RelayRun relayDue();

    /** Submissions parked after their last allowed attempt, the oldest first. */
    List<ParkedDelivery> parked();

    /**
     * Puts a parked submission back in line, due now, with a fresh count of attempts.
     *
     * @return {@code false} when the submission was not parked
     */
    boolean retryParked(UUID submissionId);

    /** The rows one {@link #relayDue()} claims and delivers, unless told otherwise. */
    int DEFAULT_BATCH_SIZE = JdbcOutboxRelay.DEFAULT_BATCH;

    /**
     * A relay over the {@code forms_outbox} table of a database migrated with sdk-forms' schema, in
     * batches of {@link #DEFAULT_BATCH_SIZE} rows.
     */
    static OutboxRelay onDatabase(DataSource dataSource, SubmissionDelivery delivery, RetryPolicy policy, Clock clock) {
        return onDatabase(dataSource, delivery, policy, clock, DEFAULT_BATCH_SIZE);
    }

    /**
     * A relay as {@link #onDatabase(DataSource, SubmissionDelivery, RetryPolicy, Clock)}, claiming up to
     * {@code batchSize} rows per {@link #relayDue()}: claimed in one transaction, and the delivered ones
     * marked in one. Larger batches cost fewer commits per delivery; no delivery of a batch starts after
     * half the policy's lease, so a slow back office cannot make a batch outlast its claim.
     *
     * @throws IllegalArgumentException when {@code batchSize} is below 1
     */
    static OutboxRelay onDatabase(DataSource dataSource, SubmissionDelivery delivery, RetryPolicy policy, Clock clock,
                                  int batchSize) {
        return new JdbcOutboxRelay(dataSource, delivery, policy, clock, batchSize);
    }
}

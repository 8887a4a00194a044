package dev.loket.forms.submission;

import dev.loket.core.Channel;
import dev.loket.identity.Representation;
import dev.loket.forms.internal.JdbcSubmissionStore;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores submissions durably and exactly once per idempotency key: a retry after a lost answer
 * gets the submission that was stored the first time.
 */
public interface SubmissionStore {

    /**
     * Stores a submission and queues it for delivery, in one transaction, before returning.
     *
     * @return the stored submission; {@link StoredSubmission#created()} says whether this call stored it
     * @throws dev.loket.core.LoketException {@code conflict} when the key was used before for other data
     */
    default StoredSubmission store(String formId, String formVersion, Channel channel, String idempotencyKey,
                                   String data) {
        return store(NewSubmission.of(formId, formVersion, channel, idempotencyKey, data));
    }

    /**
     * Stores a submission that someone filed on the person's behalf, such as an employee at the counter;
     * otherwise as {@link #store(String, String, Channel, String, String)}.
     *
     * @param representation who acted, for whom, on what grounds and where; empty when the person filed it
     */
    default StoredSubmission store(String formId, String formVersion, Channel channel, String idempotencyKey,
                                   String data, Optional<Representation> representation) {
        return store(NewSubmission.of(formId, formVersion, channel, idempotencyKey, data)
                .withRepresentation(representation));
    }

    /**
     * Stores a submission with everything filed with it (who filed it for the person, the transcript of
     * a conversation) and queues it for delivery, in one transaction, before returning. A key used
     * before for the same data gets the submission stored the first time, with the transcript of then.
     *
     * @return the stored submission; {@link StoredSubmission#created()} says whether this call stored it
     * @throws dev.loket.core.LoketException {@code conflict} when the key was used before for other data
     */
    StoredSubmission store(NewSubmission submission);

    /**
     * The stored submission with this id, for a receipt or a page that shows it again.
     *
     * @return the submission, with {@link StoredSubmission#created()} {@code false}; empty when there is none
     */
    Optional<StoredSubmission> find(UUID id);

    /**
     * The submission filed earlier for a form with this idempotency key, so a retry whose answers are no
     * longer at hand (such as a draft deleted after filing) still gets its receipt.
     *
     * @return the stored submission with {@link StoredSubmission#created()} {@code false}; empty when none
     */
    Optional<StoredSubmission> find(String formId, String idempotencyKey);

    /** Submissions in the {@code forms_submission} table of a database migrated with sdk-forms' schema. */
    static SubmissionStore onDatabase(DataSource dataSource, Clock clock) {
        return new JdbcSubmissionStore(dataSource, clock);
    }

    /**
     * Submissions as {@link #onDatabase(DataSource, Clock)}, with the group commit tuned: submissions that
     * arrive together are stored in one transaction of up to {@code batchSize} rows, with up to
     * {@code writers} such transactions at once. {@code batchSize} 1 stores each on its own.
     *
     * @throws IllegalArgumentException when either is below 1
     */
    static SubmissionStore onDatabase(DataSource dataSource, Clock clock, int batchSize, int writers) {
        return new JdbcSubmissionStore(dataSource, clock, batchSize, writers);
    }
}

package dev.loket.forms.delivery;

import dev.loket.forms.submission.StoredSubmission;

/**
 * Hands one submission to the back office (a case system, a queue, a folder). Called by the
 * {@link OutboxRelay}, possibly more than once for the same submission, so an implementation must
 * be idempotent on {@link StoredSubmission#id()}.
 */
@FunctionalInterface
public interface SubmissionDelivery {

    /**
     * Delivers the submission, or throws to have it tried again later. Only the message of a
     * {@link DeliveryException} is recorded; of other exceptions only the type, because their
     * messages may quote personal data.
     */
    void deliver(StoredSubmission submission) throws Exception;
}

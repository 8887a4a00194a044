package dev.loket.portal.consent;

import dev.loket.consent.Purpose;
import dev.loket.consent.PurposeRegistry;
import dev.loket.forms.delivery.SubmissionDelivery;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.identity.Representation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A delivery to the back office that writes the hand-over to the processing log, under the
 * submissions' purpose ({@code loket.consent.submissions.purpose}). Only a submission whose person
 * is known by pseudonym can be logged about them: today those filed at the counter (the
 * representation names the citizen); those filed online without login have nobody to log about.
 */
public final class LoggedDelivery implements SubmissionDelivery {

    private static final Logger LOG = Logger.getLogger(LoggedDelivery.class.getName());

    private final SubmissionDelivery delivery;
    private final ProcessingRecorder recorder;
    private final Purpose purpose;
    private final Clock clock;

    public LoggedDelivery(SubmissionDelivery delivery, ProcessingRecorder recorder, Purpose purpose, Clock clock) {
        this.delivery = delivery;
        this.recorder = recorder;
        this.purpose = purpose;
        this.clock = clock;
    }

    /**
     * {@code delivery} logged under {@code controller}/{@code purposeId}; unchanged (with a warning) when
     * that purpose is not registered, so a configuration mistake never stops delivery.
     */
    public static SubmissionDelivery wrap(SubmissionDelivery delivery, ProcessingRecorder recorder,
                                          PurposeRegistry purposes, String controller, String purposeId) {
        Optional<Purpose> purpose = purposes.find(controller, purposeId);
        if (purpose.isEmpty()) {
            LOG.warning(() -> "Submissions are not written to the processing log: purpose " + controller + "/"
                    + purposeId + " (loket.consent.submissions.*) is not registered");
            return delivery;
        }
        return new LoggedDelivery(delivery, recorder, purpose.get(), Clock.systemUTC());
    }

    @Override
    public void deliver(StoredSubmission submission) throws Exception {
        Instant start = clock.instant();
        delivery.deliver(submission);
        Optional<Representation> by = submission.representation();
        if (by.isPresent()) {
            recorder.delivered(purpose.controller(), purpose.id(), purpose.dataCategories(), by.get().onBehalfOf(), by,
                    start, clock.instant());
        }
    }
}

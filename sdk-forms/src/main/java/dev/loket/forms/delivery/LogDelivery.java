package dev.loket.forms.delivery;

import dev.loket.forms.submission.StoredSubmission;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a line per submission to the log: its id, form, version, channel and the SHA-256 of the
 * data, never the data itself, since logs are kept longer and read more widely than submissions.
 * For development and the sample portal.
 */
public final class LogDelivery implements SubmissionDelivery {

    private static final Logger LOG = Logger.getLogger(LogDelivery.class.getName());

    @Override
    public void deliver(StoredSubmission submission) {
        LOG.log(Level.INFO, "Delivered submission {0} of form {1} {2} ({3}), data SHA-256 {4}", new Object[] {
                submission.id(), submission.formId(), submission.formVersion(), submission.channel(),
                submission.dataSha256()});
    }
}

package dev.loket.forms.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission the relay gave up on (a dead letter): it stays stored and waits for a person to
 * fix the cause and {@link OutboxRelay#retryParked(UUID) retry} it.
 *
 * @param submissionId the submission
 * @param formId       its form
 * @param attempts     attempts made
 * @param lastError    the last failure, without personal data
 * @param parkedAt     when the relay gave up
 */
public record ParkedDelivery(UUID submissionId, String formId, int attempts, String lastError, Instant parkedAt) {
}

package dev.loket.forms.submission;

import dev.loket.core.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A submission as stored.
 *
 * @param id             its id, for the receipt and the back office
 * @param formId         the form
 * @param formVersion    the version of the form it was filed on
 * @param channel        where it was filed
 * @param idempotencyKey the client's key: the same key files the same submission once
 * @param data           the accepted data (JSON), as the evaluator cleaned it
 * @param dataSha256     SHA-256 of {@code data} (hex): what a receipt proves
 * @param submittedAt    when it was stored
 * @param created        {@code true} when this call stored it, {@code false} when it was already there
 */
public record StoredSubmission(UUID id, String formId, String formVersion, Channel channel, String idempotencyKey,
                               String data, String dataSha256, Instant submittedAt, boolean created) {
    public StoredSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(data, "data");
    }
}

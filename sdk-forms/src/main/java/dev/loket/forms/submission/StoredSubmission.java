package dev.loket.forms.submission;

import dev.loket.core.Channel;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.identity.Representation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param representation who filed it for the person, if someone did (an employee at the counter)
 * @param transcript     what was said, when it was filed in a conversation; empty otherwise (not covered
 *                       by {@code dataSha256})
 * @param owner          the pseudonym of the person whose draft was filed; empty for a draft of nobody in
 *                       particular. A channel tells only whoever may open that draft that it was filed
 */
public record StoredSubmission(UUID id, String formId, String formVersion, Channel channel, String idempotencyKey,
                               String data, String dataSha256, Instant submittedAt, boolean created,
                               Optional<Representation> representation, List<TranscriptLine> transcript,
                               Optional<String> owner) {
    public StoredSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(owner, "owner");
        transcript = List.copyOf(transcript);
    }

    /** A submission of nobody's draft in particular. */
    public StoredSubmission(UUID id, String formId, String formVersion, Channel channel, String idempotencyKey,
                            String data, String dataSha256, Instant submittedAt, boolean created,
                            Optional<Representation> representation, List<TranscriptLine> transcript) {
        this(id, formId, formVersion, channel, idempotencyKey, data, dataSha256, submittedAt, created, representation,
                transcript, Optional.empty());
    }

    /** A submission filed without a conversation. */
    public StoredSubmission(UUID id, String formId, String formVersion, Channel channel, String idempotencyKey,
                            String data, String dataSha256, Instant submittedAt, boolean created,
                            Optional<Representation> representation) {
        this(id, formId, formVersion, channel, idempotencyKey, data, dataSha256, submittedAt, created, representation,
                List.of());
    }

    /** A submission the person filed themselves, without a conversation. */
    public StoredSubmission(UUID id, String formId, String formVersion, Channel channel, String idempotencyKey,
                            String data, String dataSha256, Instant submittedAt, boolean created) {
        this(id, formId, formVersion, channel, idempotencyKey, data, dataSha256, submittedAt, created, Optional.empty());
    }
}

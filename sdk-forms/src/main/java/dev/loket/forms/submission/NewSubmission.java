package dev.loket.forms.submission;

import dev.loket.core.Channel;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.identity.Representation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission to file with {@link SubmissionStore#store(NewSubmission)}: the accepted data and what
 * was filed with it. Start with {@link #of} and add what applies:
 *
 * <pre>{@code
 * store.store(NewSubmission.of(formId, version, Channel.CONVERSATION, "conversation-" + id, data)
 *         .withTranscript(state.transcript()));
 * }</pre>
 *
 * @param formId         the form
 * @param formVersion    the version of the form it was filed on
 * @param channel        where it was filed
 * @param idempotencyKey the client's key: the same key files the same submission once
 * @param data           the accepted data (JSON), as the evaluator cleaned it
 * @param representation who filed it for the person, if someone did (an employee at the counter)
 * @param transcript     what was said, when it was filed in a conversation; empty otherwise. Kept with
 *                       the submission but not covered by its data hash: a retry that says "ja" in other
 *                       words still files the same data once
 * @param owner          the pseudonym of the person whose draft was filed (see
 *                       {@link dev.loket.forms.draft.Draft#owner()}); empty for a draft of nobody in particular.
 *                       Only whoever may open that draft learns later that it was filed
 */
public record NewSubmission(String formId, String formVersion, Channel channel, String idempotencyKey, String data,
                            Optional<Representation> representation, List<TranscriptLine> transcript,
                            Optional<String> owner) {

    public NewSubmission {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(owner, "owner");
        transcript = List.copyOf(transcript);
    }

    /** A submission of nobody's draft in particular. */
    public NewSubmission(String formId, String formVersion, Channel channel, String idempotencyKey, String data,
                         Optional<Representation> representation, List<TranscriptLine> transcript) {
        this(formId, formVersion, channel, idempotencyKey, data, representation, transcript, Optional.empty());
    }

    /** A submission the person filed themselves, without a transcript. */
    public static NewSubmission of(String formId, String formVersion, Channel channel, String idempotencyKey,
                                   String data) {
        return new NewSubmission(formId, formVersion, channel, idempotencyKey, data, Optional.empty(), List.of());
    }

    /** The same submission, filed by someone on the person's behalf (empty: by the person). */
    public NewSubmission withRepresentation(Optional<Representation> representation) {
        return new NewSubmission(formId, formVersion, channel, idempotencyKey, data, representation, transcript, owner);
    }

    /** The same submission, with what was said in the conversation that filed it. */
    public NewSubmission withTranscript(List<TranscriptLine> transcript) {
        return new NewSubmission(formId, formVersion, channel, idempotencyKey, data, representation, transcript, owner);
    }

    /** The same submission, of the draft that belongs to the person with this pseudonym (empty: to nobody). */
    public NewSubmission withOwner(Optional<String> owner) {
        return new NewSubmission(formId, formVersion, channel, idempotencyKey, data, representation, transcript, owner);
    }
}

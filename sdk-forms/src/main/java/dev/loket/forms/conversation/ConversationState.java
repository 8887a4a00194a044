package dev.loket.forms.conversation;

import dev.loket.core.Language;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to go on with a conversation later, on another server or another channel: a
 * chat, phone or SMS server is stateless between messages and stores this (as JSON, with any
 * Jackson mapper) next to the person's session. The data is the same JSON as a
 * {@link dev.loket.forms.draft.Draft}'s, so a conversation can become a draft and the other way round.
 *
 * @param formId         the form's id
 * @param formVersion    the version of the form definition the answers were given on
 * @param language       the language of the conversation
 * @param status         what the next message is taken as
 * @param position       JSON Pointer of the question being asked (for an address part, e.g.
 *                       {@code /nieuw_adres/postcode}; for "add another?", the group's pointer plus
 *                       {@code /-}); empty when no question is open
 * @param data           the answers so far, as a JSON object in text; after submission, the accepted data
 * @param finishedGroups pointers of repeating groups to which the person wants to add no more items
 * @param transcript     everything said, in order
 */
public record ConversationState(String formId, String formVersion, Language language, ConversationStatus status,
                                String position, String data, List<String> finishedGroups,
                                List<TranscriptLine> transcript) {

    public ConversationState {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        position = position == null ? "" : position;
        data = data == null || data.isBlank() ? "{}" : data;
        finishedGroups = finishedGroups == null ? List.of() : List.copyOf(finishedGroups);
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
    }
}

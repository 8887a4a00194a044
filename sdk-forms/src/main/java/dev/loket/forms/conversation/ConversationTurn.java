package dev.loket.forms.conversation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What Loket says after one message of the person, and where that leaves the conversation.
 *
 * @param texts  what to say, in order; a chat shows each as a message, a phone reads them one after
 *               the other, an SMS channel may join them with {@link #text()}
 * @param status where the conversation is now
 * @param data   the answers so far (a copy); once {@link ConversationStatus#SUBMITTED}, exactly the
 *               data the form evaluator accepted
 */
public record ConversationTurn(List<String> texts, ConversationStatus status, ObjectNode data) {

    public ConversationTurn {
        texts = List.copyOf(texts);
        data = data.deepCopy();
    }

    /** Whether the conversation has ended: submitted, or stopped by the person (to go on later). */
    public boolean done() {
        return status == ConversationStatus.SUBMITTED || status == ConversationStatus.STOPPED;
    }

    /** All texts as one, separated by blank lines: for channels that send one message (SMS). */
    public String text() {
        return String.join("\n\n", texts);
    }
}

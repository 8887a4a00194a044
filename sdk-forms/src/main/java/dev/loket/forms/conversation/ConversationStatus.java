package dev.loket.forms.conversation;

/**
 * Where a conversation is: what the person's next message will be taken as. A channel uses it to
 * decide, for example, to close a phone call once the form is submitted.
 */
public enum ConversationStatus {
    /** A question was asked; the next message is its answer (or a command). */
    ASKING,
    /** The answers were read back; the next message says whether they are right ("ja" sends the form). */
    CHECKING,
    /** The person wants to change an answer; the next message says the number of the question. */
    CHOOSING_CHANGE,
    /** The form was accepted and submitted; the conversation is over. */
    SUBMITTED,
    /** The person stopped; the answers are kept and the conversation can go on later, here or elsewhere. */
    STOPPED
}

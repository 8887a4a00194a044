package dev.loket.forms.conversation;

import dev.loket.core.Language;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.internal.conversation.Dialogue;
import dev.loket.forms.logic.LogicContext;

/**
 * A form as a conversation: one question at a time, in plain text, for a chat, a phone line or SMS.
 * Many people find a form on a screen hard; a question they can answer in their own words ("12 maart
 * 1980", "klopt", "contant") is easier. The same {@link FormDefinition} as the web form drives it, and
 * the same {@link dev.loket.forms.evaluation.FormEvaluator} checks every answer and the submission,
 * so what is accepted here is exactly what the web form accepts.
 *
 * <pre>{@code
 * Conversation conversation = Conversation.start(definition, Language.NL);
 * send(conversation.lastTurn().texts());           // title, intro, first question
 * ConversationTurn turn = conversation.answer("12 maart 1980");
 * send(turn.texts());                              // next question, or the same one explained
 * store(conversation.state());                     // between messages, or to go on elsewhere
 * ...
 * Conversation later = Conversation.resume(definition, storedState);
 * }</pre>
 *
 * <p>The person may say at any moment "terug" / "back", "herhaal" / "repeat", "hulp" / "help" or
 * "stop". At the end the answers are read back and the person confirms; the turn that submits
 * carries the accepted data. Not thread-safe: one conversation is one person talking.
 */
public final class Conversation {

    private final Dialogue dialogue;

    private Conversation(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    /**
     * Starts a conversation on the system clock. The opening (title, intro, first question) is
     * {@link #lastTurn()}.
     */
    public static Conversation start(FormDefinition definition, Language language) {
        return start(definition, language, LogicContext.system());
    }

    /**
     * Starts a conversation whose date rules ({@code loket.today}, "vandaag") use {@code logic}'s
     * clock. The opening (title, intro, first question) is {@link #lastTurn()}.
     */
    public static Conversation start(FormDefinition definition, Language language, LogicContext logic) {
        return new Conversation(Dialogue.start(definition, language, logic));
    }

    /**
     * Starts a conversation for a logged-in person, whose answers begin with what the registers gave for
     * them. The answers bound to their login (their BSN, and what the registers gave) are read back before
     * the person confirms, but never asked and never changed by anything the person says: they are answered
     * already, and a person chooses to change them only to hear that they cannot.
     *
     * @param answers the answers to begin with, a JSON object (the bound ones included)
     * @param bound   the answers bound to the login, a JSON object by top-level component key, as
     *                {@link dev.loket.forms.draft.Draft#bound()}; {@code {}} when none
     */
    public static Conversation startFor(FormDefinition definition, Language language, LogicContext logic,
                                        String answers, String bound) {
        return new Conversation(Dialogue.start(definition, language, logic, answers, bound));
    }

    /**
     * Goes on with a stored conversation, on the system clock. Says nothing by itself: call
     * {@link #welcomeBack()} when the person returns after a while or on another channel, or simply
     * pass their next message to {@link #answer(String)}.
     *
     * @throws IllegalArgumentException when the state belongs to another form or another version of it
     */
    public static Conversation resume(FormDefinition definition, ConversationState state) {
        return resume(definition, state, LogicContext.system());
    }

    /**
     * As {@link #resume(FormDefinition, ConversationState)}, with the clock of {@code logic}.
     *
     * @throws IllegalArgumentException when the state belongs to another form or another version of it
     */
    public static Conversation resume(FormDefinition definition, ConversationState state, LogicContext logic) {
        return new Conversation(Dialogue.resume(definition, state, logic));
    }

    /**
     * Goes on with a logged-in person's conversation (see {@link #startFor}): the answers bound to their
     * login are put back over the stored ones, and stay as they are.
     *
     * @param bound the answers bound to the login, as {@link dev.loket.forms.draft.Draft#bound()}
     * @throws IllegalArgumentException when the state belongs to another form or another version of it
     */
    public static Conversation resumeFor(FormDefinition definition, ConversationState state, LogicContext logic,
                                         String bound) {
        return new Conversation(Dialogue.resume(definition, state, logic, bound));
    }

    /**
     * Takes one message of the person: an answer, or a command. A wrong answer never ends the
     * conversation: it is explained and asked again, and earlier answers stay.
     */
    public ConversationTurn answer(String message) {
        return dialogue.answer(message);
    }

    /** Greets a returning person and asks the open question again (or reads back the answers). */
    public ConversationTurn welcomeBack() {
        return dialogue.welcomeBack();
    }

    /** What Loket said last: after {@link #start}, the opening; useful to send again. */
    public ConversationTurn lastTurn() {
        return dialogue.lastTurn();
    }

    /** Everything needed to {@link #resume} later; a new value each time, safe to serialise. */
    public ConversationState state() {
        return dialogue.state();
    }
}

package dev.loket.forms.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.forms.conversation.ConversationState;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;

import java.util.Optional;
import java.util.function.Function;

/**
 * Starting a draft for a known person, one way for every channel (their own pages, the sessions API,
 * the counter, a conversation): the draft is theirs (by pseudonym), prefilled where the guard allows, and what their
 * login determines (their BSN, and what the registers gave for them) is bound to it.
 */
public final class PersonalDrafts {

    private PersonalDrafts() {
    }

    /**
     * @param prefill the application's prefill, if it has one
     * @param entered answers the channel already has (an API client's first answers); bound answers win
     */
    public static Draft start(DraftStore store, Optional<Prefill> prefill, FormDefinition form, PrefillSubject person,
                              Channel channel, ObjectNode entered) {
        Opening opening = opening(prefill, form, person, entered);
        return store.startFor(person.pseudonym(), form.id(), form.version(), channel, opening.answers(), opening.bound());
    }

    /**
     * A person's conversation: as {@link #start}, with the conversation (which begins with the person's
     * answers and never asks or changes the bound ones) as the draft's data.
     */
    public static Draft startConversation(DraftStore store, Optional<Prefill> prefill, FormDefinition form,
                                          PrefillSubject person, Function<Opening, ConversationState> conversation) {
        Opening opening = opening(prefill, form, person, Json.mapper().createObjectNode());
        return store.startFor(person.pseudonym(), form.id(), form.version(), Channel.CONVERSATION,
                json(conversation.apply(opening)), opening.bound());
    }

    /**
     * What a person's draft begins with.
     *
     * @param answers the answers (JSON): prefilled, with what the channel entered over them; whatever was
     *                entered for a bound answer, the store and the conversation put the bound value back
     * @param bound   the answers bound to the login, a JSON object by top-level key
     */
    public record Opening(String answers, String bound) {
    }

    private static Opening opening(Optional<Prefill> prefill, FormDefinition form, PrefillSubject person,
                                   ObjectNode entered) {
        ObjectNode prefilled = prefill.map(p -> p.fill(form, person).data()).orElseGet(Json.mapper()::createObjectNode);
        ObjectNode bound = Prefill.boundToLogin(form, person, prefilled);
        return new Opening(Prefill.under(bound, entered).toString(), bound.toString());
    }

    private static String json(ConversationState state) {
        try {
            return Json.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conversation state could not be written", e);
        }
    }
}

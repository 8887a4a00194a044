package dev.loket.forms.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;

import java.util.Optional;

/**
 * Starting a draft for a known person, one way for every channel (their own pages, the sessions API,
 * the counter): the draft is theirs (by pseudonym), prefilled where the guard allows, and what their
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
        ObjectNode prefilled = prefill.map(p -> p.fill(form, person).data()).orElseGet(Json.mapper()::createObjectNode);
        String bound = Prefill.boundToLogin(form, person, prefilled).toString();
        String answers = Prefill.under(Prefill.boundToLogin(form, person, prefilled), entered).toString();
        return store.startFor(person.pseudonym(), form.id(), form.version(), channel, answers, bound);
    }
}

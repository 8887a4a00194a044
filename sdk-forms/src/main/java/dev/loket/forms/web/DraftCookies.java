package dev.loket.forms.web;

import dev.loket.forms.api.FormCatalog;
import dev.loket.identity.web.LogoutCookies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Logout removes the draft cookie of every form (each form's pages keep theirs at their own path):
 * the next person at the same browser must not continue the previous person's form.
 */
@ApplicationScoped
public class DraftCookies implements LogoutCookies {

    @Inject
    FormCatalog catalog;

    @Override
    public List<Named> cookies() {
        return catalog.all().stream()
                .map(form -> new Named(FormPages.DRAFT_COOKIE, "/forms/" + form.definition().id()))
                .toList();
    }
}

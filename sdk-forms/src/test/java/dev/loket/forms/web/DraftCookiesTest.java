package dev.loket.forms.web;

import dev.loket.forms.api.FormCatalog;
import dev.loket.identity.web.LogoutCookies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCookiesTest {

    @Test
    void logoutRemovesTheDraftCookieOfEveryFormAtItsOwnPath() {
        DraftCookies cookies = new DraftCookies();
        cookies.catalog = FormCatalog.fromClassPath(List.of("forms/verhuizing.json", "forms/aanvraag-identiteitskaart-verlies.json"));

        assertThat(cookies.cookies()).containsExactlyInAnyOrder(
                new LogoutCookies.Named("loket-draft", "/forms/verhuizing"),
                new LogoutCookies.Named("loket-draft", "/forms/aanvraag-identiteitskaart-verlies"));
    }
}

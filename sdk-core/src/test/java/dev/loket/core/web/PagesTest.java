package dev.loket.core.web;

import dev.loket.core.Language;
import dev.loket.core.Problem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTest {

    private static final Map<String, Object> COMMON = Map.of(
            "lang", "en", "otherLang", "nl", "csrfToken", "t0k3n", "csrfField", "_csrf",
            "base", "", "currentPath", "/somewhere");

    private final Pages pages = new Pages();

    @Test
    void rendersTheErrorPageInsideTheSharedLayoutInTheReadersLanguage() {
        Problem problem = new Problem(URI.create("https://loket.dev/problems/not-found"), "Not found", 404,
                "Check the address.", "/x", null, List.of());

        String html = pages.render(Page.of("loket/error").with("problem", problem), Language.EN, COMMON);

        assertThat(html).contains("<html lang=\"en\">")
                .contains("Skip to content")
                .contains("<h1 class=\"utrecht-heading-1\">Not found</h1>")
                .contains("Go to the home page")
                .contains("name=\"_csrf\" value=\"t0k3n\"")
                .contains("name=\"returnTo\" value=\"/somewhere\"");
    }

    @Test
    void speaksDutchWithDutchTexts() {
        Problem problem = new Problem(URI.create("https://loket.dev/problems/internal"), "Er ging iets mis", 500,
                "Onze fout.", "/x", "abc-123", List.of());

        String html = pages.render(Page.of("loket/error").with("problem", problem), Language.NL, COMMON);

        assertThat(html).contains("Direct naar de inhoud").contains("één overheid").contains("Foutcode");
    }

    @Test
    void escapesEverythingItShows() {
        Problem problem = new Problem(URI.create("https://loket.dev/problems/not-found"),
                "<script>alert(1)</script>", 404, "\"><img src=x onerror=alert(1)>", "/x", null, List.of());

        String html = pages.render(Page.of("loket/error").with("problem", problem), Language.EN, COMMON);

        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static Map<String, Object> common(Map<String, Object> more) {
        Map<String, Object> all = new java.util.HashMap<>(COMMON);
        all.putAll(more);
        return all;
    }

    private static final Problem NOT_FOUND = new Problem(URI.create("https://loket.dev/problems/not-found"), "Not found",
            404, "Check the address.", "/x", null, List.of());

    @Test
    void headerNamesTheAgencyAndLinksTheIcon() {
        String html = pages.render(Page.of("loket/error").with("problem", NOT_FOUND), Language.NL,
                common(Map.of("agencyName", "Gemeente <Voorbeeld>")));

        assertThat(html).contains("<span class=\"loket-agency-name\">Gemeente &lt;Voorbeeld&gt;</span>")
                .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/loket/favicon.svg\">");
    }

    @Test
    void headerShowsNobodyAndNoLogoutWithoutALogin() {
        String html = pages.render(Page.of("loket/error").with("problem", NOT_FOUND), Language.NL, COMMON);

        assertThat(html).doesNotContain("loket-agency-name").doesNotContain("/auth/logout").doesNotContain("ingelogd");
    }

    @Test
    void headerShowsWhoIsLoggedInWithALogoutFormThatCarriesTheCsrfToken() {
        String html = pages.render(Page.of("loket/error").with("problem", NOT_FOUND), Language.NL,
                common(Map.of("loggedIn", true, "loggedInName", "Ana Garcia")));

        assertThat(html).contains("Ingelogd als Ana Garcia")
                .containsPattern("<form class=\"loket-logout\" method=\"post\" action=\"/auth/logout\">\\s*"
                        + "<span class=\"loket-logged-in-as\">Ingelogd als Ana Garcia</span>\\s*"
                        + "<input type=\"hidden\" name=\"_csrf\" value=\"t0k3n\">\\s*"
                        + "<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\">Uitloggen</button>");
    }

    @Test
    void headerSaysYouAreLoggedInWhenTheLoginGaveNoNameInBothLanguages() {
        Page page = Page.of("loket/error").with("problem", NOT_FOUND);
        Map<String, Object> loggedIn = common(Map.of("loggedIn", true));

        assertThat(pages.render(page, Language.NL, loggedIn)).contains("U bent ingelogd").contains(">Uitloggen</button>");
        assertThat(pages.render(page, Language.EN, loggedIn)).contains("You are logged in").contains(">Log out</button>");
    }
}

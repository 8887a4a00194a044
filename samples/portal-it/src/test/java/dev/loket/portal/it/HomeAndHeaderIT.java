package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page and the home page give a citizen over HTTP: cards that lead to logging in and to their
 * data, an icon that exists, the agency's name, who is logged in with a logout button (never their BSN),
 * and a consent overview that offers the login instead of a dead end.
 */
class HomeAndHeaderIT {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"");
    private static final String BSN = "999993653";

    @BeforeAll
    static void portal() {
        Portal.awaitReady();
    }

    /** From the broker's address (a redirect to the simulator), picks a test person and level and returns the callback's answer. */
    static HttpResponse<String> logInAtSimulator(WebSession browser, HttpResponse<String> toProvider) {
        assertThat(toProvider.statusCode()).isEqualTo(303);
        HttpResponse<String> simulator = browser.follow(toProvider);
        assertThat(simulator.statusCode()).isEqualTo(200);
        Map<String, List<String>> fields = WebSession.fields("bsn", BSN, "level", "MIDDEN");
        Matcher hidden = HIDDEN.matcher(simulator.body());
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                fields.put(hidden.group(1), List.of(hidden.group(2)));
            }
        }
        return browser.follow(browser.post("/dev-idp/authorize", fields));
    }

    @Test
    void homeCardsLeadToLoggingInAndToYourDataInBothLanguages() {
        assertThat(Portal.get("/?lang=nl").body())
                .contains("<a class=\"utrecht-link\" href=\"/mijn\">Inloggen</a>")
                .contains("<a class=\"utrecht-link\" href=\"/consent\">Uw gegevens</a>");
        assertThat(Portal.get("/?lang=en").body())
                .contains("<a class=\"utrecht-link\" href=\"/mijn\">Log in</a>")
                .contains("<a class=\"utrecht-link\" href=\"/consent\">Your data</a>");
        HttpResponse<String> mine = Portal.get("/mijn", "Accept", "text/html");
        assertThat(mine.statusCode()).isEqualTo(303);
        assertThat(mine.headers().firstValue("Location").orElseThrow()).contains("/auth/login");
    }

    @Test
    void everyPageLinksAnIconThatExistsAndFaviconIcoAnswers() {
        assertThat(Portal.get("/").body())
                .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/loket/favicon.svg\">");
        HttpResponse<String> svg = Portal.get("/assets/loket/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
        HttpResponse<String> ico = Portal.get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/x-icon");
    }

    @Test
    void headerNamesTheAgencyAndNobodyWhenNotLoggedIn() {
        String home = Portal.get("/?lang=nl").body();

        assertThat(home).contains("<span class=\"loket-agency-name\">Gemeente Voorbeeld</span>")
                .doesNotContain("loket-logout").doesNotContain("ingelogd");
    }

    @Test
    void headerShowsWhoIsLoggedInWithALogoutButtonButNeverTheirBsn() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> back = logInAtSimulator(browser, browser.follow(browser.get("/mijn")));
        assertThat(WebSession.location(back)).isEqualTo("/mijn");

        for (String path : List.of("/", "/mijn", "/consent", "/forms")) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Gemeente Voorbeeld").contains("U bent ingelogd")
                    .containsPattern("<form class=\"loket-logout\" method=\"post\" action=\"/auth/logout\">\\s*"
                            + "<span class=\"loket-logged-in-as\">U bent ingelogd</span>\\s*"
                            + "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">\\s*"
                            + "<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\">Uitloggen</button>");
        }
        String header = header(browser.get("/?lang=en").body());
        assertThat(header).contains("You are logged in").contains(">Log out</button>").doesNotContain(BSN);

        // The header's button posts the form with its token, as a browser does: the login ends.
        HttpResponse<String> logout = browser.post("/auth/logout", WebSession.fields());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.get("/").body()).doesNotContain("loket-logout");
    }

    @Test
    void consentWithoutLoginOffersTheLoginAndComesBackToTheOverview() {
        HttpResponse<String> dutch = new WebSession("nl").get("/consent");
        assertThat(dutch.statusCode()).as("nothing of anyone is shown").isEqualTo(401);
        assertThat(dutch.body()).contains("<h1 class=\"utrecht-heading-1\">Log eerst in</h1>")
                .contains("href=\"/auth/login?return=%2Fconsent\"").contains(">Inloggen</a>");
        HttpResponse<String> english = new WebSession("en").get("/consent/usage");
        assertThat(english.statusCode()).isEqualTo(401);
        assertThat(english.body()).contains("Log in first").contains("href=\"/auth/login?return=%2Fconsent%2Fusage\"");

        WebSession browser = new WebSession("nl");
        browser.get("/consent");
        HttpResponse<String> back = logInAtSimulator(browser, browser.get("/auth/login?return=%2Fconsent"));
        assertThat(WebSession.location(back)).isEqualTo("/consent");
        HttpResponse<String> overview = browser.follow(back);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Uw toestemmingen").doesNotContain(BSN);

        HttpResponse<String> api = Portal.get("/api/consent/me/consents", "Accept", "application/json");
        assertThat(api.statusCode()).as("the API stays a problem").isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private static String header(String html) {
        return html.substring(html.indexOf("<header"), html.indexOf("</header>"));
    }
}

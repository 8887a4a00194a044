package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in to the portal through its development identity provider, the way a browser does:
 * the protected page sends us to log in, the simulator page issues a code for a test person, the
 * relying party exchanges it (PKCE) and checks the signed ID token, and the page knows who we are.
 * Then a step-up to DigiD substantieel, a replayed callback, and logout.
 */
class LoginIT {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"");

    @BeforeAll
    static void portal() {
        Portal.awaitReady();
    }

    private static HttpResponse<String> logInAtSimulator(WebSession browser, HttpResponse<String> toLogin, String level) {
        return logInAtSimulator(browser, toLogin, level, "999993653");
    }

    /** Goes from a redirect to the simulator page, picks a person and a level, and comes back through the callback. */
    private static HttpResponse<String> logInAtSimulator(WebSession browser, HttpResponse<String> toLogin, String level, String bsn) {
        HttpResponse<String> toProvider = browser.follow(toLogin);
        assertThat(toProvider.statusCode()).isEqualTo(303);
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getPath()).isEqualTo("/dev-idp/authorize");
        assertThat(authorize.getRawQuery()).contains("code_challenge_method=S256").contains("nonce=").contains("state=");
        HttpResponse<String> simulator = browser.follow(toProvider);
        assertThat(simulator.statusCode()).isEqualTo(200);
        assertThat(simulator.body()).contains("Dit is geen DigiD").contains("Suzanne Moulin (BSN 999993653)");
        Map<String, List<String>> fields = WebSession.fields("bsn", bsn, "level", level);
        Matcher hidden = HIDDEN.matcher(simulator.body());
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                fields.put(hidden.group(1), List.of(hidden.group(2)));
            }
        }
        HttpResponse<String> toCallback = browser.post("/dev-idp/authorize", fields);
        assertThat(toCallback.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(toCallback)).isEqualTo("/auth/callback");
        return toCallback;
    }

    @Test
    void logsInAtTheSimulatorStepsUpAndLogsOut() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> mine = browser.get("/mijn");
        assertThat(mine.statusCode()).isEqualTo(303);
        assertThat(mine.headers().firstValue("Location").orElseThrow()).contains("/auth/login?level=low&return=%2Fmijn");

        HttpResponse<String> back = browser.follow(logInAtSimulator(browser, mine, "MIDDEN"));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(back)).isEqualTo("/mijn");
        assertThat(browser.cookie("loket-session")).isNotBlank();
        HttpResponse<String> page = browser.follow(back);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("U bent ingelogd als Suzanne Moulin.").contains("DigiD basis of midden")
                .doesNotContain("999993653");

        HttpResponse<String> cases = browser.get("/mijn/zaken");
        assertThat(cases.statusCode()).as("a step-up").isEqualTo(303);
        assertThat(cases.headers().firstValue("Location").orElseThrow()).contains("level=substantial");
        HttpResponse<String> stepUp = browser.follow(cases);
        assertThat(stepUp.headers().firstValue("Location").orElseThrow())
                .contains("acr_values=urn%3Aoasis%3Anames%3Atc%3ASAML%3A2.0%3Aac%3Aclasses%3ASmartcard").contains("prompt=login");
        HttpResponse<String> afterStepUp = browser.follow(logInAtSimulator(browser, cases, "SUBSTANTIEEL"));
        assertThat(WebSession.location(afterStepUp)).isEqualTo("/mijn/zaken");
        HttpResponse<String> casesPage = browser.follow(afterStepUp);
        assertThat(casesPage.statusCode()).isEqualTo(200);
        assertThat(casesPage.body()).contains("DigiD substantieel");

        HttpResponse<String> logout = browser.post("/auth/logout", WebSession.fields());
        assertThat(logout.statusCode()).isEqualTo(303);
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.getPath()).isEqualTo("/dev-idp/logout");
        // No ID token as hint: it would put the BSN in a URL. The broker may ask to confirm instead.
        assertThat(endSession.getRawQuery()).contains("client_id=loket-portal").contains("post_logout_redirect_uri=")
                .doesNotContain("id_token_hint");
        HttpResponse<String> home = browser.follow(logout);
        assertThat(home.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(home)).isEqualTo("/");
        assertThat(browser.get("/mijn").statusCode()).as("logged out").isEqualTo(303);
    }

    /** A browser logged in as Suzanne Moulin at DigiD midden, on her page. */
    private static WebSession loggedIn() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> mine = browser.get("/mijn");
        HttpResponse<String> page = browser.follow(browser.follow(logInAtSimulator(browser, mine, "MIDDEN")));
        assertThat(page.statusCode()).isEqualTo(200);
        return browser;
    }

    private static HttpResponse<String> withSession(String path, String session) {
        return Portal.get(path, "Cookie", "loket-session=" + session, "Accept", "text/html");
    }

    @Test
    void aCopiedSessionCookieOpensNothingAfterLogout() {
        WebSession browser = loggedIn();
        String copied = browser.cookie("loket-session");
        assertThat(withSession("/mijn", copied).statusCode()).as("the copy works while logged in").isEqualTo(200);

        assertThat(browser.post("/auth/logout", WebSession.fields()).statusCode()).isEqualTo(303);

        HttpResponse<String> afterLogout = withSession("/mijn", copied);
        assertThat(afterLogout.statusCode()).isEqualTo(303);
        assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).contains("/auth/login");
        assertThat(Portal.get("/consent", "Cookie", "loket-session=" + copied).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheLogoutButtonLogsOutNeverALinkOrAnotherSite() {
        WebSession browser = loggedIn();
        String session = browser.cookie("loket-session");

        HttpResponse<String> link = browser.get("/auth/logout");
        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(link.body()).contains("<form method=\"post\"").contains("name=\"_csrf\"").contains("Uitloggen");
        assertThat(link.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("loket-session="));
        HttpResponse<String> crossSite = Portal.send("POST", "/auth/logout", "application/x-www-form-urlencoded", "",
                "Cookie", "loket-session=" + session, "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);

        assertThat(withSession("/mijn", session).statusCode()).as("still logged in").isEqualTo(200);
        assertThat(new WebSession("en").get("/auth/logout?lang=en").body()).contains("Log out");
    }

    @Test
    void logoutRemovesEveryCookieOfTheLoginAndItsPages() {
        WebSession browser = loggedIn();
        browser.get("/forms/aanvraag-identiteitskaart-verlies");
        browser.post("/forms/aanvraag-identiteitskaart-verlies", WebSession.fields());
        assertThat(browser.cookie("loket-draft")).isNotBlank();

        HttpResponse<String> logout = browser.post("/auth/logout", WebSession.fields());

        List<String> removed = logout.headers().allValues("Set-Cookie");
        assertThat(removed).anySatisfy(c -> assertThat(c).startsWith("loket-session=;").contains("Max-Age=0"));
        assertThat(removed).anySatisfy(c -> assertThat(c).startsWith("loket-draft=;")
                .contains("Path=/forms/aanvraag-identiteitskaart-verlies").contains("Max-Age=0"));
        assertThat(removed).anySatisfy(c -> assertThat(c).startsWith("loket-development-subject=;").contains("Max-Age=0"));
        assertThat(removed).anySatisfy(c -> assertThat(c).startsWith("loket-csrf=;").contains("Max-Age=0"));
    }

    @Test
    void aStepUpAsAnotherPersonLogsOutAndSaysSo() {
        WebSession browser = loggedIn();
        String first = browser.cookie("loket-session");

        HttpResponse<String> cases = browser.get("/mijn/zaken");
        HttpResponse<String> refused = browser.follow(logInAtSimulator(browser, cases, "SUBSTANTIEEL", "999993872"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("U bent uitgelogd").contains("iemand anders").doesNotContain("999993872")
                .doesNotContain("999993653");
        assertThat(refused.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("loket-session=;"));
        assertThat(browser.cookie("loket-session")).isNullOrEmpty();
        assertThat(withSession("/mijn", first).statusCode()).as("the first person's session has ended").isEqualTo(303);
        assertThat(browser.get("/mijn").statusCode()).as("and nobody else's began").isEqualTo(303);
    }

    @Test
    void aStepUpAsTheSamePersonKeepsThemLoggedIn() {
        WebSession browser = loggedIn();
        String before = browser.cookie("loket-session");

        HttpResponse<String> cases = browser.get("/mijn/zaken");
        HttpResponse<String> back = browser.follow(logInAtSimulator(browser, cases, "SUBSTANTIEEL", "999993653"));

        assertThat(WebSession.location(back)).isEqualTo("/mijn/zaken");
        assertThat(browser.follow(back).body()).contains("U bent ingelogd als Suzanne Moulin.").contains("DigiD substantieel");
        assertThat(withSession("/mijn", before).statusCode()).as("the cookie of before the step-up").isEqualTo(303);
    }

    @Test
    void aLoggedInCitizensFormIsPrefilledFromTheirBsn() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> mine = browser.get("/mijn");
        browser.follow(browser.follow(logInAtSimulator(browser, mine, "MIDDEN")));
        browser.get("/forms/aanvraag-identiteitskaart-verlies");

        HttpResponse<String> started = browser.post("/forms/aanvraag-identiteitskaart-verlies", WebSession.fields());
        assertThat(started.statusCode()).isEqualTo(303);
        HttpResponse<String> names = browser.get("/forms/aanvraag-identiteitskaart-verlies/steps/persoon/voornamen");
        assertThat(names.body()).contains("value=\"Suzanne\"");

        WebSession anonymous = new WebSession("nl");
        anonymous.get("/forms/aanvraag-identiteitskaart-verlies");
        anonymous.post("/forms/aanvraag-identiteitskaart-verlies", WebSession.fields());
        assertThat(anonymous.get("/forms/aanvraag-identiteitskaart-verlies/steps/persoon/voornamen").body()).doesNotContain("Suzanne");
    }

    @Test
    void aLoggedInCitizenSeesTheirOwnConsentOverview() {
        assertThat(new WebSession("nl").get("/consent").statusCode()).as("nobody logged in").isEqualTo(401);

        WebSession browser = new WebSession("nl");
        HttpResponse<String> mine = browser.get("/mijn");
        browser.follow(browser.follow(logInAtSimulator(browser, mine, "MIDDEN")));
        HttpResponse<String> overview = browser.get("/consent");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Uw toestemmingen").doesNotContain("999993653");
    }

    @Test
    void aStepUpThatStaysBelowTheLevelIsRefused() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> cases = browser.get("/mijn/zaken");
        HttpResponse<String> failed = browser.follow(logInAtSimulator(browser, cases, "MIDDEN"));

        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.body()).contains("Inloggen is niet gelukt");
        assertThat(browser.cookie("loket-session")).isNull();
    }

    @Test
    void aReplayedCallbackIsRefused() {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> mine = browser.get("/mijn");
        HttpResponse<String> toCallback = logInAtSimulator(browser, mine, "MIDDEN");
        String loginState = browser.cookie("loket-login");
        URI callback = URI.create(toCallback.headers().firstValue("Location").orElseThrow());
        assertThat(browser.follow(toCallback).statusCode()).isEqualTo(303);

        HttpResponse<String> replay = Portal.get(callback.getRawPath() + "?" + callback.getRawQuery(),
                "Cookie", "loket-login=" + loginState, "Accept", "application/json");
        // The browser itself no longer has the login state: the callback removed it.
        assertThat(browser.cookie("loket-login")).isNullOrEmpty();
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).contains("https://loket.dev/problems/identity/login-failed");
    }

    @Test
    void apiClientsGetABearerChallengeInsteadOfARedirect() {
        HttpResponse<String> anonymous = Portal.get("/mijn/zaken", "Accept", "application/json, text/html;q=0.1");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_user_authentication");

        HttpResponse<String> forged = Portal.get("/mijn", "Accept", "application/json, text/html;q=0.1",
                "Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(forged.body()).contains("https://loket.dev/problems/identity/invalid-token");
    }

    @Test
    void theSimulatorHandsCodesOnlyToThePortalItself() {
        HttpResponse<String> elsewhere = Portal.get("/dev-idp/authorize?client_id=loket-portal&redirect_uri="
                + "https%3A%2F%2Fevil.example%2Fcallback&state=s&nonce=n&code_challenge=c&code_challenge_method=S256");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        HttpResponse<String> plain = Portal.get("/dev-idp/authorize?client_id=loket-portal&redirect_uri="
                + Portal.BASE + "/auth/callback&state=s&nonce=n&code_challenge=c&code_challenge_method=plain");
        assertThat(plain.statusCode()).isEqualTo(400);
    }
}

package dev.loket.portal.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the answer is never a server error: every string of the "Big List of
 * Naughty Strings" goes into every input the portal has (JSON body, query, path, form fields,
 * headers, cookies).
 */
class HostileInputIT {

    private static List<String> naughty;
    private static String csrfCookie;
    private static String csrfToken;

    @BeforeAll
    static void loadStringsAndPortal() throws IOException {
        Portal.awaitReady();
        Path list = Path.of(System.getProperty("loket.test.data", "../../testdata"),
                "big-list-of-naughty-strings", "blns.json");
        naughty = new ArrayList<>();
        new ObjectMapper().readTree(list.toFile()).forEach(s -> naughty.add(s.asText()));
        HttpResponse<String> home = Portal.get("/");
        String setCookie = home.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("loket-csrf=")).findFirst().orElseThrow();
        csrfCookie = setCookie.substring(0, setCookie.indexOf(';'));
        csrfToken = csrfCookie.substring("loket-csrf=".length());
    }

    @Test
    void neverFailsOnAHostileBsn() {
        assertNoServerError(s -> Portal.send("POST", "/api/checks/bsn", "application/json",
                JsonNodeFactory.instance.objectNode().put("bsn", s).toString()));
    }

    @Test
    void neverFailsOnAHostileQueryOrPath() {
        assertNoServerError(s -> Portal.get("/?lang=" + encode(s)));
        assertNoServerError(s -> Portal.get("/" + encode(s).replace("+", "%20")));
    }

    @Test
    void neverFailsOnAHostileLanguageSwitch() {
        assertNoServerError(s -> Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "_csrf=" + csrfToken + "&lang=" + encode(s) + "&returnTo=" + encode(s), "Cookie", csrfCookie));
    }

    @Test
    void neverFailsOnHostileHeadersOrCookies() {
        assertNoServerError(s -> Portal.get("/", "Accept-Language", s));
        assertNoServerError(s -> Portal.get("/no/such/page", "Accept", s));
        assertNoServerError(s -> Portal.get("/", "Cookie", "loket-lang=" + s + "; loket-csrf=" + s));
    }

    @Test
    void neverFailsOnHostileAnswersOnAFormsPagesOrTheirAddresses() {
        WebSession browser = new WebSession("nl");
        browser.follow(browser.post("/forms/verhuizing", WebSession.fields()));
        // Every field of the first page, an action and the revision: all hostile at once.
        assertNoServerError(s -> browser.post("/forms/verhuizing/steps/adres", WebSession.fields(
                "/verhuisdatum", s, "/nieuw_adres/postcode", s, "/nieuw_adres/houseNumber", s, "/nieuw_adres/street", s,
                "/hoofdbewoner", s, "/naam_hoofdbewoner", s, "_action", s, "_revision", s, s, s)));
        assertNoServerError(s -> browser.post("/forms/verhuizing/steps/medeverhuizers", WebSession.fields(
                "/met_anderen", "true", "/medeverhuizers/0/voornaam", s, "_action", "remove:/medeverhuizers/" + s)));
        assertNoServerError(s -> browser.get("/forms/verhuizing/steps/" + encode(s).replace("+", "%20") + "?return=" + encode(s)));
        // A client of its own: its hundreds of tries are throttled, and must not throttle the other tests.
        WebSession guesser = new WebSession("nl").withHeader("X-Forwarded-For", "198.51.100.250");
        guesser.get("/forms/resume");
        assertNoServerError(s -> guesser.post("/forms/resume", WebSession.fields("code", s, "secret", s)));
        assertNoServerError(s -> Portal.get("/forms/verhuizing", "Cookie", "loket-draft=" + s));
    }

    @Test
    void refusesAFormLargerThanLoketReads() {
        String huge = "_csrf=" + csrfToken + "&returnTo=%2F&lang=" + "x".repeat(2 * 1024 * 1024);

        HttpResponse<String> response = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                huge, "Cookie", csrfCookie);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Portal.json(response).get("type").asText()).isEqualTo("https://loket.dev/problems/payload-too-large");
    }

    private static void assertNoServerError(Function<String, HttpResponse<String>> request) {
        int sent = 0;
        for (String s : naughty) {
            HttpResponse<String> response;
            try {
                response = request.apply(s);
            } catch (IllegalArgumentException clientRefused) {
                continue; // The HTTP client itself will not send this (e.g. a control character in a header).
            }
            sent++;
            assertThat(response.statusCode()).as("status for %s", s).isLessThan(500);
        }
        assertThat(sent).as("hostile strings actually sent").isGreaterThan(naughty.size() / 2);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

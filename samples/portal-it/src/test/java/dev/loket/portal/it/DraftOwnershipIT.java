package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.loket.portal.it.WebSession.fields;
import static dev.loket.portal.it.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open and file a draft (issue 16). A draft started while logged in holds the person's BSN,
 * name and birth date: its cookie or its id is not enough to open it, only that person's login (or
 * an employee at the counter). And what the register gave for the login stays as it was, so nobody
 * files with someone else's BSN.
 */
class DraftOwnershipIT {

    private static final String PAGES = "/forms/aanvraag-identiteitskaart-verlies";
    private static final String API = "/api/forms/aanvraag-identiteitskaart-verlies";
    private static final String SUZANNE = "999993653";
    private static final String SOMEONE_ELSE = "999993872";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"");

    @BeforeAll
    static void portal() {
        Portal.awaitReady();
    }

    /** A browser logged in at the development identity provider as the test person with this BSN. */
    private static WebSession loggedIn(String bsn) {
        WebSession browser = new WebSession("nl");
        HttpResponse<String> toProvider = browser.follow(browser.get("/mijn"));
        HttpResponse<String> simulator = browser.follow(toProvider);
        Map<String, List<String>> fields = fields("bsn", bsn, "level", "MIDDEN");
        Matcher hidden = HIDDEN.matcher(simulator.body());
        while (hidden.find()) {
            if (!hidden.group(1).equals("_csrf")) {
                fields.put(hidden.group(1), List.of(hidden.group(2)));
            }
        }
        HttpResponse<String> back = browser.follow(browser.post("/dev-idp/authorize", fields));
        assertThat(WebSession.location(back)).isEqualTo("/mijn");
        assertThat(browser.cookie("loket-session")).isNotBlank();
        return browser;
    }

    /** Starts the ID card form in this browser; the draft's id. */
    private static String startForm(WebSession browser) {
        browser.get(PAGES);
        HttpResponse<String> started = browser.post(PAGES, fields());
        assertThat(started.statusCode()).isEqualTo(303);
        return browser.cookie("loket-draft");
    }

    private static String[] loginOf(WebSession browser) {
        return new String[] {"Cookie", "loket-session=" + browser.cookie("loket-session"), "Accept", "application/json"};
    }

    @Test
    void aDraftStartedWhileLoggedInShowsNothingToTheNextPersonWithItsCookie() {
        WebSession suzanne = loggedIn(SUZANNE);
        String draft = startForm(suzanne);
        assertThat(suzanne.get(PAGES + "/steps/persoon/voornamen").body()).contains("value=\"Suzanne\"");

        // The browser after logout, or one that kept the cookie: the cookie alone is no login.
        WebSession next = new WebSession("nl").withCookie("loket-draft", draft, PAGES);
        HttpResponse<String> names = next.get(PAGES + "/steps/persoon/voornamen");
        HttpResponse<String> bsn = next.get(PAGES + "/steps/persoon/bsn");
        HttpResponse<String> check = next.get(PAGES + "/check");
        HttpResponse<String> continued = next.get(PAGES + "/continue");
        HttpResponse<String> posted = next.post(PAGES + "/steps/persoon/voornamen", fields("/voornamen", "Indringer"));
        HttpResponse<String> sent = next.post(PAGES + "/check", fields());

        for (HttpResponse<String> refused : List.of(names, bsn, check, continued, posted, sent)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(refused.body()).contains("Log in om verder te gaan").contains("De antwoorden zijn bewaard")
                    .contains("/auth/login?return=/forms/aanvraag-identiteitskaart-verlies/continue")
                    .doesNotContain("Suzanne").doesNotContain("Moulin").doesNotContain(SUZANNE);
        }
        assertThat(new WebSession("en").withCookie("loket-draft", draft, PAGES).get(PAGES + "/continue").body())
                .contains("Log in to continue");
        HttpResponse<String> own = suzanne.get(PAGES + "/steps/persoon/voornamen");
        assertThat(own.statusCode()).as("the draft is not lost").isEqualTo(200);
        assertThat(own.body()).contains("value=\"Suzanne\"").doesNotContain("Indringer");
    }

    @Test
    void afterLogoutTheBrowserNoLongerShowsTheDraftAndTheOwnerContinuesAfterLoggingInAgain() {
        WebSession browser = loggedIn(SUZANNE);
        startForm(browser);

        browser.post("/auth/logout", fields());
        HttpResponse<String> afterLogout = browser.get(PAGES + "/steps/persoon/voornamen");

        assertThat(afterLogout.statusCode()).isNotEqualTo(200);
        assertThat(afterLogout.body()).doesNotContain("Suzanne").doesNotContain(SUZANNE);

        WebSession again = loggedIn(SUZANNE);
        HttpResponse<String> continued = again.get(PAGES + "/continue");
        assertThat(continued.statusCode()).isEqualTo(303);
        assertThat(location(continued)).as("her draft, even without its cookie").startsWith(PAGES + "/steps/");
        assertThat(again.get(PAGES + "/steps/persoon/voornamen").body()).contains("value=\"Suzanne\"");
    }

    @Test
    void someoneElsesLoginDoesNotOpenTheDraft() {
        String draft = startForm(loggedIn(SUZANNE));

        WebSession other = loggedIn(SOMEONE_ELSE).withCookie("loket-draft", draft, PAGES);
        HttpResponse<String> names = other.get(PAGES + "/steps/persoon/voornamen");

        assertThat(names.statusCode()).isEqualTo(403);
        assertThat(names.body()).doesNotContain("Suzanne").doesNotContain(SUZANNE);
        assertThat(Portal.get(API + "/sessions/" + draft, loginOf(other)).statusCode()).isEqualTo(404);
    }

    @Test
    void aLoggedInCitizensSessionIsNeitherReadableNorWritableWithoutTheirLogin() {
        WebSession suzanne = loggedIn(SUZANNE);
        String draft = startForm(suzanne);
        String session = API + "/sessions/" + draft;
        HttpResponse<String> unknown = Portal.get(API + "/sessions/" + UUID.randomUUID(), "Accept", "application/json");

        List<HttpResponse<String>> anonymous = List.of(
                Portal.get(session, "Accept", "application/json"),
                Portal.send("PUT", session, "application/json", "{\"data\": {\"bsn\": \"" + SOMEONE_ELSE + "\"}}",
                        "If-Match", "\"1\"", "Accept", "application/json"),
                Portal.send("POST", session + "/steps/persoon/evaluation", "application/json", "", "Accept", "application/json"),
                Portal.send("POST", session + "/resume-code", "application/json", "", "Accept", "application/json"),
                Portal.send("POST", session + "/submission", "application/json", "", "Accept", "application/json"));

        for (HttpResponse<String> refused : anonymous) {
            assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.uri()).isEqualTo(404);
            assertThat(Portal.json(refused).get("type")).isEqualTo(Portal.json(unknown).get("type"));
            assertThat(Portal.json(refused).get("detail")).as("as if there were no such session")
                    .isEqualTo(Portal.json(unknown).get("detail"));
            assertThat(refused.body()).doesNotContain("Suzanne").doesNotContain(SUZANNE);
        }
        HttpResponse<String> own = Portal.get(session, loginOf(suzanne));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(Portal.json(own).get("data").get("bsn").asText()).isEqualTo(SUZANNE);
        assertThat(Portal.json(own).get("revision").asLong()).as("nothing was saved by anyone else").isEqualTo(1);
    }

    @Test
    void aCounterDraftIsOnlyForEmployees() {
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        HttpResponse<String> started = counter.post("/counter/forms",
                fields("form", "aanvraag-identiteitskaart-verlies", "bsn", SUZANNE));
        String draft = location(started).split("/")[4];
        String session = API + "/sessions/" + draft;

        HttpResponse<String> anonymous = Portal.get(session, "Accept", "application/json");
        HttpResponse<String> written = Portal.send("PUT", session, "application/json", "{\"data\": {}}",
                "If-Match", "\"1\"", "Accept", "application/json");
        // Employees reach it at the counter (over HTTPS, with its login throttle), not through the API:
        // Liberty uses Basic credentials only where the counter asks for them.
        HttpResponse<String> employee = counter.get("/counter/forms/aanvraag-identiteitskaart-verlies/" + draft
                + "/steps/persoon/voornamen");

        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.body()).doesNotContain("Suzanne").doesNotContain(SUZANNE);
        assertThat(written.statusCode()).isEqualTo(404);
        assertThat(employee.statusCode()).as(employee.body()).isEqualTo(200);
        assertThat(employee.body()).contains("Suzanne");
    }

    @Test
    void theBsnOfTheLoginIsReadOnlyOnThePageAndKeptWhateverIsPosted() {
        WebSession suzanne = loggedIn(SUZANNE);
        startForm(suzanne);

        HttpResponse<String> page = suzanne.get(PAGES + "/steps/persoon/bsn");
        suzanne.post(PAGES + "/steps/persoon/bsn", fields("/bsn", SOMEONE_ELSE));
        suzanne.post(PAGES + "/steps/persoon/voornamen", fields("/voornamen", "Iemand"));
        HttpResponse<String> after = suzanne.get(PAGES + "/steps/persoon/bsn");

        assertThat(page.body()).containsPattern("name=\"/bsn\" value=\"" + SUZANNE + "\"[^>]* readonly");
        assertThat(after.body()).contains("value=\"" + SUZANNE + "\"").doesNotContain(SOMEONE_ELSE);
        assertThat(suzanne.get(PAGES + "/steps/persoon/voornamen").body()).contains("value=\"Suzanne\"")
                .doesNotContain("Iemand");
    }

    @Test
    void aCitizenCannotFileWithSomeoneElsesBsnThroughTheApi() throws Exception {
        WebSession suzanne = loggedIn(SUZANNE);
        String draft = startForm(suzanne);
        String session = API + "/sessions/" + draft;
        String complete = "{\"data\": {\"gebeurtenis\": \"verloren\", \"datum_verlies\": \"2025-01-10\", "
                + "\"voornamen\": \"Fatima\", \"achternaam\": \"El Amrani\", \"geboortedatum\": \"1979-04-12\", "
                + "\"bsn\": \"" + SOMEONE_ELSE + "\", \"spoed\": false, \"betaalwijze\": \"PIN\", \"verklaring\": true}}";

        HttpResponse<String> saved = Portal.send("PUT", session, "application/json", complete,
                concat(loginOf(suzanne), "If-Match", "\"1\""));
        String csrf = suzanne.cookie("loket-csrf");
        HttpResponse<String> filed = Portal.send("POST", session + "/submission", "application/json", "",
                "Cookie", "loket-session=" + suzanne.cookie("loket-session") + "; loket-csrf=" + csrf,
                "X-CSRF-Token", csrf, "Accept", "application/json");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode view = Portal.json(saved);
        assertThat(view.get("data").get("bsn").asText()).as("the login's BSN is put back").isEqualTo(SUZANNE);
        assertThat(view.get("data").get("voornamen").asText()).isEqualTo("Suzanne");
        assertThat(view.get("readOnly").toString()).contains("\"bsn\"").contains("\"voornamen\"");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode delivered = delivered(Portal.json(filed).get("id").asText());
        assertThat(delivered.path("data").path("bsn").asText()).isEqualTo(SUZANNE);
        assertThat(delivered.path("data").path("achternaam").asText()).isEqualTo("Moulin");
    }

    @Test
    void aSessionStartedWithALoginIsTheirsWithTheirOwnBsn() {
        WebSession suzanne = loggedIn(SUZANNE);

        HttpResponse<String> started = Portal.send("POST", API + "/sessions", "application/json",
                "{\"data\": {\"bsn\": \"" + SOMEONE_ELSE + "\", \"gebeurtenis\": \"verloren\"}}", loginOf(suzanne));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode session = Portal.json(started);
        assertThat(session.get("data").get("bsn").asText()).isEqualTo(SUZANNE);
        assertThat(session.get("data").get("gebeurtenis").asText()).isEqualTo("verloren");
        assertThat(session.get("readOnly").toString()).contains("\"bsn\"");
        assertThat(Portal.get(API + "/sessions/" + session.get("session").asText(), "Accept", "application/json")
                .statusCode()).as("not without her login").isEqualTo(404);
    }

    @Test
    void aLoggedInCitizenFilesDirectlyOnlyWithTheirOwnBsn() throws Exception {
        WebSession suzanne = loggedIn(SUZANNE);
        String complete = "{\"gebeurtenis\": \"verloren\", \"datum_verlies\": \"2025-01-10\", "
                + "\"voornamen\": \"Suzanne\", \"achternaam\": \"Moulin\", \"geboortedatum\": \"1985-12-01\", "
                + "\"bsn\": \"" + SOMEONE_ELSE + "\", \"spoed\": false, \"betaalwijze\": \"PIN\", \"verklaring\": true}";

        HttpResponse<String> filed = Portal.send("POST", API + "/submissions", "application/json", complete,
                concat(loginOf(suzanne), "Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(delivered(Portal.json(filed).get("id").asText()).path("data").path("bsn").asText()).isEqualTo(SUZANNE);
    }

    @Test
    void aDraftClaimedAtTheCounterHoldsTheBsnOnTheCitizensId() {
        WebSession citizen = new WebSession("nl");
        citizen.get(PAGES);
        citizen.post(PAGES, fields());
        HttpResponse<String> saved = citizen.post(PAGES + "/steps/persoon/bsn",
                fields("/bsn", SOMEONE_ELSE, "_action", "later"));
        Matcher code = Pattern.compile(">Code</dt>\\s*<dd[^>]*><strong[^>]*>([^<]+)</strong>").matcher(saved.body());
        Matcher secret = Pattern.compile(">Geheim</dt>\\s*<dd[^>]*><strong[^>]*>([^<]+)</strong>").matcher(saved.body());
        assertThat(code.find() && secret.find()).as(saved.body()).isTrue();

        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        HttpResponse<String> resumed = counter.post("/counter/resume",
                fields("code", code.group(1), "secret", secret.group(1), "bsn", SUZANNE));
        String draft = location(resumed).split("/")[4];
        HttpResponse<String> bsn = counter.get("/counter/forms/aanvraag-identiteitskaart-verlies/" + draft
                + "/steps/persoon/bsn");

        assertThat(bsn.body()).containsPattern("name=\"/bsn\" value=\"" + SUZANNE + "\"[^>]* readonly")
                .doesNotContain(SOMEONE_ELSE);
    }

    @Test
    void aFiledSessionIsAsUnknownAsAnyOtherIdToAnyoneButItsOwner() {
        WebSession suzanne = loggedIn(SUZANNE);
        HttpResponse<String> started = Portal.send("POST", API + "/sessions", "application/json", "{\"data\": {"
                + "\"gebeurtenis\": \"verloren\", \"datum_verlies\": \"2025-01-10\", \"spoed\": false, "
                + "\"betaalwijze\": \"PIN\", \"verklaring\": true}}", withCsrf(suzanne));
        String session = API + "/sessions/" + Portal.json(started).get("session").asText();
        HttpResponse<String> filed = Portal.send("POST", session + "/submission", "application/json", "",
                withCsrf(suzanne));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        HttpResponse<String> unknown = Portal.get(API + "/sessions/" + UUID.randomUUID(), "Accept", "application/json");

        List<HttpResponse<String>> others = List.of(
                Portal.get(session, "Accept", "application/json"),
                Portal.get(session, loginOf(loggedIn(SOMEONE_ELSE))),
                Portal.send("POST", session + "/submission", "application/json", "", "Accept", "application/json"),
                Portal.send("PUT", session, "application/json", "{\"data\": {}}", "If-Match", "\"1\"",
                        "Accept", "application/json"));
        HttpResponse<String> own = Portal.get(session, loginOf(suzanne));

        for (HttpResponse<String> refused : others) {
            assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.uri()).isEqualTo(404);
            assertThat(Portal.json(refused).get("detail")).as("not \"already submitted\": as if there were no such session")
                    .isEqualTo(Portal.json(unknown).get("detail"));
            assertThat(refused.body()).doesNotContain("receipt");
        }
        assertThat(own.statusCode()).isEqualTo(404);
        assertThat(Portal.json(own).get("detail").asText()).as("she may know it was sent").contains("al verstuurd");
    }

    @Test
    void aDraftSentOnThePagesLeadsNobodyButItsOwnerToTheConfirmation() {
        WebSession suzanne = loggedIn(SUZANNE);
        String draft = startForm(suzanne);
        HttpResponse<String> answered = Portal.send("PUT", API + "/sessions/" + draft, "application/json",
                "{\"data\": {\"gebeurtenis\": \"verloren\", \"datum_verlies\": \"2025-01-10\", \"spoed\": false, "
                        + "\"betaalwijze\": \"PIN\", \"verklaring\": true}}", concat(loginOf(suzanne), "If-Match", "\"1\""));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        suzanne.get(PAGES + "/check");
        HttpResponse<String> sent = suzanne.post(PAGES + "/check", fields());
        assertThat(location(sent)).as(sent.body()).contains("/submissions/");

        WebSession next = new WebSession("nl").withCookie("loket-draft", draft, PAGES);
        HttpResponse<String> again = next.post(PAGES + "/check", fields());
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        HttpResponse<String> atTheCounter = counter.post("/counter/forms/aanvraag-identiteitskaart-verlies/" + draft
                + "/check", fields());

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(location(again)).as("as for a draft that never was").doesNotContain("/submissions/");
        String submission = location(sent).substring(location(sent).lastIndexOf('/') + 1);
        assertThat(location(atTheCounter)).as("an employee acting for her is shown what was sent").endsWith(submission);
    }

    @Test
    void aLoggedInCitizensConversationIsPrefilledAndFilesTheirOwnBsnWhateverIsTyped() throws Exception {
        WebSession suzanne = loggedIn(SUZANNE);
        HttpResponse<String> started = Portal.send("POST", API + "/conversations", "application/json", "",
                withCsrf(suzanne));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String conversation = API + "/conversations/" + Portal.json(started).get("conversation").asText();

        JsonNode summary = null;
        for (String answer : new String[]{"gestolen", "klopt", "gisteren", "overslaan", "overslaan", "06-12345678",
                "nee", "contant", "ja"}) {
            summary = say(suzanne, conversation, answer);
        }
        assertThat(summary.get("status").asText()).as(summary.toString()).isEqualTo("checking");
        String readBack = summary.get("texts").toString();
        assertThat(readBack).contains("Suzanne").contains("Moulin").contains(SUZANNE);
        say(suzanne, conversation, "nee");
        JsonNode refused = say(suzanne, conversation, lineOf(summary, "Burgerservicenummer"));
        say(suzanne, conversation, SOMEONE_ELSE);
        say(suzanne, conversation, lineOf(summary, "Telefoonnummer"));
        say(suzanne, conversation, "06-87654321");
        JsonNode sent = say(suzanne, conversation, "ja");

        assertThat(refused.get("texts").get(0).asText()).contains("komt van uw inlog en kunt u niet veranderen");
        assertThat(sent.get("status").asText()).as(sent.toString()).isEqualTo("submitted");
        JsonNode delivered = delivered(sent.get("receipt").get("id").asText());
        assertThat(delivered.path("data").path("bsn").asText()).isEqualTo(SUZANNE);
        assertThat(delivered.path("data").path("achternaam").asText()).isEqualTo("Moulin");
        assertThat(delivered.path("data").path("telefoon").asText()).isEqualTo("+31687654321");
        assertThat(delivered.path("data").toString()).as("what was typed is in the transcript, not in the data")
                .doesNotContain(SOMEONE_ELSE);
    }

    @Test
    void aLoggedInCitizensConversationIsNotThereForAnotherClientBeforeOrAfterFiling() {
        WebSession suzanne = loggedIn(SUZANNE);
        String id = Portal.json(Portal.send("POST", API + "/conversations", "application/json", "",
                withCsrf(suzanne))).get("conversation").asText();
        String conversation = API + "/conversations/" + id;
        String unknownId = API + "/conversations/" + UUID.randomUUID();
        WebSession someoneElse = loggedIn(SOMEONE_ELSE);

        assertLikeUnknown(conversation, unknownId, someoneElse);
        for (String answer : new String[]{"gestolen", "klopt", "gisteren", "overslaan", "overslaan", "06-12345678",
                "nee", "contant", "ja", "ja"}) {
            say(suzanne, conversation, answer);
        }
        assertLikeUnknown(conversation, unknownId, someoneElse);
        HttpResponse<String> own = Portal.get(conversation, loginOf(suzanne));
        assertThat(own.statusCode()).as("her own login still reads what she filed").isEqualTo(200);
        assertThat(Portal.json(own).get("status").asText()).isEqualTo("submitted");
    }

    /** Reading and answering a person's conversation, anonymously or with another login: as for an unknown id. */
    private static void assertLikeUnknown(String conversation, String unknownId, WebSession someoneElse) {
        HttpResponse<String> unknown = Portal.send("POST", unknownId + "/messages", "application/json",
                "{\"text\": \"ja\"}", "Accept", "application/json");
        List<HttpResponse<String>> others = List.of(
                Portal.get(conversation, "Accept", "application/json"),
                Portal.get(conversation, loginOf(someoneElse)),
                Portal.send("POST", conversation + "/messages", "application/json", "{\"text\": \"ja\"}",
                        "Accept", "application/json"),
                Portal.send("POST", conversation + "/messages", "application/json", "{\"text\": \"ja\"}",
                        withCsrf(someoneElse)));
        for (HttpResponse<String> refused : others) {
            assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.uri() + " " + refused.body())
                    .isEqualTo(404);
            assertThat(Portal.json(refused).get("type")).isEqualTo(Portal.json(unknown).get("type"));
            assertThat(Portal.json(refused).get("detail")).isEqualTo(Portal.json(unknown).get("detail"));
            assertThat(refused.body()).doesNotContain("Suzanne").doesNotContain(SUZANNE).doesNotContain("receipt");
        }
    }

    /** One message of a logged-in person in their conversation; the reply. */
    private static JsonNode say(WebSession person, String conversation, String text) {
        HttpResponse<String> reply = Portal.send("POST", conversation + "/messages", "application/json",
                "{\"text\": \"" + text + "\"}", withCsrf(person));
        assertThat(reply.statusCode()).as(text + ": " + reply.body()).isEqualTo(200);
        return Portal.json(reply);
    }

    /** The number of the read-back line of this label. */
    private static String lineOf(JsonNode summary, String label) {
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(label))
                .matcher(String.join("\n", textsOf(summary)));
        assertThat(line.find()).as(summary.toString()).isTrue();
        return line.group(1);
    }

    private static List<String> textsOf(JsonNode reply) {
        List<String> texts = new java.util.ArrayList<>();
        reply.get("texts").forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** The login cookie with the CSRF token a POST with it needs, asking for JSON in Dutch. */
    private static String[] withCsrf(WebSession person) {
        String csrf = person.cookie("loket-csrf");
        return new String[] {"Cookie", "loket-session=" + person.cookie("loket-session") + "; loket-csrf=" + csrf,
                "X-CSRF-Token", csrf, "Accept", "application/json", "Accept-Language", "nl"};
    }

    private static String[] concat(String[] headers, String... more) {
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    private static JsonNode delivered(String id) throws Exception {
        Path file = Path.of(System.getProperty("loket.it.delivered"), id + ".json");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file));
    }
}

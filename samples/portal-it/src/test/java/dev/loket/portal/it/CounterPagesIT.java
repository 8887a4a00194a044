package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.loket.portal.it.WebSession.fields;
import static dev.loket.portal.it.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The counter: an employee fills in a form for a citizen, recorded as such, on the citizen's own pages. */
class CounterPagesIT {

    /** A test person of the portal's sample population register (RvIG test set). */
    static final String SUZANNE = "999993653";
    static final String EMPLOYEE = "Basic " + Base64.getEncoder().encodeToString(
            "balie:balie-development-only".getBytes(StandardCharsets.UTF_8));

    private static final Pattern STEP_FORM = Pattern.compile("<form method=\"post\" novalidate action=\"([^\"]+)\"");
    private static final Pattern FIELD_NAME = Pattern.compile("name=\"(/[^\"]+)\"");
    /** A text field with what it holds, as a browser would send it back. */
    private static final Pattern TEXT_FIELD = Pattern.compile("<input type=\"text\"[^>]*name=\"(/[^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+");

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    /** An employee's browser, logged in, on the portal's HTTPS address: the counter is only there. */
    static WebSession employee() {
        return WebSession.overHttps("nl").withHeader("Authorization", EMPLOYEE);
    }

    @Test
    void isForEmployeesOnly() {
        WebSession stranger = WebSession.overHttps("nl");
        WebSession wrongPassword = WebSession.overHttps("nl").withHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("balie:fout".getBytes(StandardCharsets.UTF_8)));

        assertThat(stranger.get("/counter").statusCode()).isEqualTo(401);
        assertThat(wrongPassword.get("/counter").statusCode()).isEqualTo(401);
        assertThat(employee().get("/counter").body()).contains("Balie: een burger helpen");
    }

    @Test
    void startsAFormForACitizenPrefilledFromTheRegisterAndShowsWhatTheCitizenSees() {
        WebSession counter = employee();
        counter.get("/counter");

        HttpResponse<String> started = counter.post("/counter/forms",
                fields("form", "aanvraag-identiteitskaart-verlies", "bsn", SUZANNE));
        String draft = location(started).split("/")[4];
        HttpResponse<String> names = counter.get("/counter/forms/aanvraag-identiteitskaart-verlies/" + draft
                + "/steps/persoon/voornamen");

        assertThat(location(started)).isEqualTo("/counter/forms/aanvraag-identiteitskaart-verlies/" + draft
                + "/steps/situatie/gebeurtenis");
        assertThat(names.body()).contains("Suzanne").contains("aan de balie is (Stadhuis, balie 1)")
                .contains("action=\"/counter/forms/aanvraag-identiteitskaart-verlies/" + draft + "/steps/persoon/voornamen\"");
    }

    @Test
    void refusesABsnThatIsNotOneAndSaysWhy() {
        WebSession counter = employee();
        counter.get("/counter");

        HttpResponse<String> refused = counter.post("/counter/forms",
                fields("form", "verhuizing", "bsn", "123456789"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dit burgerservicenummer (BSN) klopt niet").contains("href=\"#start-bsn\"");
    }

    @Test
    void filesForTheCitizenWithCashAtTheCounterAndRecordsWhoActedForWhomWhere() throws Exception {
        WebSession counter = employee();
        counter.get("/counter");
        HttpResponse<String> started = counter.post("/counter/forms",
                fields("form", "aanvraag-identiteitskaart-verlies", "bsn", SUZANNE));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("/gebeurtenis", "verloren");
        answers.put("/datum_verlies", "1-11-2026");
        answers.put("/spoed", "false");
        answers.put("/betaalwijze", "CASH");
        answers.put("/verklaring", "true");

        HttpResponse<String> check = answerUntilTheCheck(counter, counter.follow(started), answers);
        assertThat(check.body()).contains("De burger betaalt aan de balie: Contant aan de balie")
                .contains("Suzanne").contains("Moulin");
        HttpResponse<String> sent = counter.post(location(check).isEmpty()
                ? "/counter/forms/aanvraag-identiteitskaart-verlies/" + location(started).split("/")[4] + "/check"
                : location(check), fields());
        HttpResponse<String> confirmation = counter.follow(sent);

        assertThat(confirmation.body()).contains("Uw aanvraag is verstuurd");
        SignedJWT receipt = SignedJWT.parse(receiptIn(confirmation.body()));
        ECKey key = (ECKey) JWKSet.parse(Portal.get("/api/forms/receipts/jwks").body())
                .getKeyByKeyId(receipt.getHeader().getKeyID());
        assertThat(receipt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(receipt.getJWTClaimsSet().getStringClaim("channel")).isEqualTo("counter");
        assertThat(receipt.getJWTClaimsSet().getJSONObjectClaim("act"))
                .containsEntry("sub", "balie").containsEntry("role", "counter-employee")
                .containsEntry("place", "Stadhuis, balie 1");
        JsonNode delivered = delivered(receipt.getJWTClaimsSet().getSubject());
        assertThat(delivered.path("representation").path("actor").asText()).isEqualTo("balie");
        assertThat(delivered.path("representation").path("onBehalfOf").asText()).isNotBlank().isNotEqualTo(SUZANNE);
        assertThat(delivered.path("data").path("betaalwijze").asText()).isEqualTo("CASH");
    }

    @Test
    void typesInAPaperFormAndFilesItAsPaperSignedByTheCitizen() throws Exception {
        WebSession counter = employee();
        counter.get("/counter");
        HttpResponse<String> started = counter.post("/counter/forms",
                fields("form", "verhuizing", "bsn", SUZANNE, "channel", "paper"));
        java.time.LocalDate nextWeek = java.time.LocalDate.now().plusDays(7);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("/verhuisdatum", nextWeek.getDayOfMonth() + "-" + nextWeek.getMonthValue() + "-" + nextWeek.getYear());
        answers.put("/nieuw_adres/postcode", "1234 AB");
        answers.put("/nieuw_adres/houseNumber", "12");
        answers.put("/hoofdbewoner", "false");
        answers.put("/met_anderen", "false");
        answers.put("/email", "suzanne@example.nl");
        answers.put("/verklaring", "true");

        answerUntilTheCheck(counter, counter.follow(started), answers);
        HttpResponse<String> sent = counter.post("/counter/forms/verhuizing/" + location(started).split("/")[4] + "/check",
                fields());
        SignedJWT receipt = SignedJWT.parse(receiptIn(counter.follow(sent).body()));

        assertThat(receipt.getJWTClaimsSet().getStringClaim("channel")).isEqualTo("paper");
        assertThat(receipt.getJWTClaimsSet().getJSONObjectClaim("act")).containsEntry("mandate", "signed-paper-form")
                .containsEntry("sub", "balie");
    }

    @Test
    void continuesAtTheCounterWhatTheCitizenStartedOnline() {
        WebSession citizen = new WebSession("nl");
        citizen.follow(citizen.post("/forms/verhuizing", fields()));
        String draft = citizen.cookie("loket-draft");
        HttpResponse<String> saved = citizen.post("/forms/verhuizing/steps/adres",
                fields("/verhuisdatum", "1-1-2026", "_action", "later"));
        String code = strongAfter(saved.body(), "Code");
        String secret = strongAfter(saved.body(), "Geheim");

        WebSession counter = employee();
        counter.get("/counter");
        HttpResponse<String> resumed = counter.post("/counter/resume", fields("code", code, "secret", secret, "bsn", SUZANNE));

        assertThat(location(resumed)).isEqualTo("/counter/forms/verhuizing/" + draft + "/steps/adres");
        assertThat(counter.follow(resumed).body()).contains("value=\"1-1-2026\"").contains("loket-counter-banner");
    }

    @Test
    void refusesACounterPostWithoutBodyThatCarriesOnlyTheEmployeesBasicLogin() {
        String subject = location(employee().post("/counter/consent", fields("bsn", TestPersons.newBsn())))
                .substring("/counter/consent/".length());
        String give = "/counter/consent/" + subject + "/gemeente-voorbeeld/nieuwsbrief-regelingen/give";

        // What another site's page can make the employee's browser send: a POST without a body or
        // cookies (SameSite keeps those home), but with the Basic login the browser repeats by itself.
        HttpResponse<String> forgedGive = Portal.sendHttps("POST", give, null, null, "Authorization", EMPLOYEE, "Accept", "text/html");
        HttpResponse<String> forgedErasure = Portal.sendHttps("POST", "/counter/consent/" + subject + "/erasure", null, null,
                "Authorization", EMPLOYEE, "Accept", "text/html");
        HttpResponse<String> forgedStart = Portal.sendHttps("POST", "/counter/forms?form=verhuizing&bsn=" + SUZANNE, null, null,
                "Authorization", EMPLOYEE, "Accept", "text/html");

        assertThat(forgedGive.statusCode()).as(forgedGive.body()).isEqualTo(403);
        assertThat(forgedErasure.statusCode()).as(forgedErasure.body()).isEqualTo(403);
        assertThat(forgedStart.statusCode()).as(forgedStart.body()).isEqualTo(403);
        assertThat(employee().get("/counter/consent/" + subject).body()).as("nothing was given")
                .doesNotContain("Toestemming intrekken");
    }

    /**
     * Answers every page as a browser would: what its text fields hold (prefilled answers too), with
     * {@code answers} for what the page asks, until the check page.
     */
    static HttpResponse<String> answerUntilTheCheck(WebSession session, HttpResponse<String> page, Map<String, String> answers) {
        HttpResponse<String> current = page;
        for (int i = 0; i < 40; i++) {
            if (current.body().contains("Controleer uw antwoorden")) {
                return current;
            }
            Matcher action = STEP_FORM.matcher(current.body());
            assertThat(action.find()).as("a form page: " + current.body()).isTrue();
            Set<String> asked = FIELD_NAME.matcher(current.body()).results().map(m -> m.group(1)).collect(Collectors.toSet());
            Map<String, List<String>> posted = new LinkedHashMap<>();
            TEXT_FIELD.matcher(current.body()).results()
                    .forEach(m -> posted.put(m.group(1), List.of(m.group(2).replace("&amp;", "&"))));
            answers.forEach((name, value) -> {
                if (asked.contains(name)) {
                    posted.put(name, List.of(value));
                }
            });
            HttpResponse<String> answered = session.post(action.group(1), posted);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(303);
            current = session.follow(answered);
        }
        throw new AssertionError("No check page after 40 pages");
    }

    private static JsonNode delivered(String id) throws Exception {
        Path file = Path.of(System.getProperty("loket.it.delivered"), id + ".json");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(file));
    }

    private static String receiptIn(String html) {
        Matcher m = RECEIPT.matcher(html);
        assertThat(m.find()).as("a signed receipt on the page").isTrue();
        return m.group();
    }

    private static String strongAfter(String html, String label) {
        Matcher m = Pattern.compile(">" + label + "</dt>\\s*<dd[^>]*><strong[^>]*>([^<]+)</strong>").matcher(html);
        assertThat(m.find()).as(label + " in " + html).isTrue();
        return m.group(1);
    }
}

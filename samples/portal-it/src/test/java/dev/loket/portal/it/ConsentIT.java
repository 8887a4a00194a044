package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.loket.portal.it.WebSession.fields;
import static dev.loket.portal.it.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's overview on a real Liberty: consents given and withdrawn, receipts, and who used their data. */
class ConsentIT {

    static final String NEWSLETTER = "/gemeente-voorbeeld/nieuwsbrief-regelingen";
    static final String CSRF = "c".repeat(43);
    private static final Pattern RECEIPT_LINK = Pattern.compile("href=\"(/consent/receipts/[0-9a-f-]{36})\"");
    private static final Pattern COUNTER_RECEIPT_LINK = Pattern.compile("href=\"(/counter/consent/[\\w-]+/receipts/[0-9a-f-]{36})\"");

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    /** A browser session signed in with the development sign-in as a new test person. */
    static WebSession signedIn(String bsn, String language) {
        WebSession citizen = new WebSession(language);
        citizen.get("/development/sign-in");
        HttpResponse<String> signedIn = citizen.post("/development/sign-in", fields("bsn", bsn));
        assertThat(location(signedIn)).isEqualTo("/consent");
        assertThat(citizen.cookie("loket-development-subject")).isNotBlank().doesNotContain(bsn);
        return citizen;
    }

    @Test
    void givesAndWithdrawsConsentWithOneButtonEachAndKeepsReceiptsThatVerifyAgainstTheJwks() throws Exception {
        String bsn = TestPersons.newBsn();
        WebSession citizen = signedIn(bsn, "nl");
        assertThat(citizen.get("/consent").body()).contains("Uw toestemmingen", "nieuwe regeling", "Toestemming geven")
                .doesNotContain("Toestemming intrekken");

        HttpResponse<String> given = citizen.post("/consent" + NEWSLETTER + "/give", fields());
        assertThat(given.statusCode()).isEqualTo(303);
        String page = citizen.follow(given).body();
        assertThat(page).contains("Gelukt. U hebt toestemming gegeven", "Toestemming intrekken", "Toestemming gegeven op");

        HttpResponse<String> withdrawn = citizen.post("/consent" + NEWSLETTER + "/withdraw", fields());
        page = citizen.follow(withdrawn).body();
        assertThat(page).contains("U hebt uw toestemming ingetrokken", "Toestemming geven", "Toestemming ingetrokken op");

        List<String> receipts = new ArrayList<>();
        Matcher link = RECEIPT_LINK.matcher(page);
        while (link.find()) {
            receipts.add(link.group(1));
        }
        assertThat(receipts).hasSize(2);
        HttpResponse<String> download = citizen.get(receipts.get(0));
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        SignedJWT receipt = verified(download.body());
        assertThat(receipt.getJWTClaimsSet().getStringClaim("status")).isEqualTo("withdrawn");
        // The receipt names the citizen by pseudonym; the sign-in's cookie is sealed and shows neither.
        String pseudonym = receipt.getJWTClaimsSet().getSubject();
        assertThat(pseudonym).matches("[A-Za-z0-9_-]{20,100}").doesNotContain(bsn);
        assertThat(citizen.cookie("loket-development-subject")).doesNotContain(pseudonym);
        assertThat(receipt.getJWTClaimsSet().getStringClaim("purpose")).isEqualTo("nieuwsbrief-regelingen");
    }

    @Test
    void aMadeUpDevelopmentSubjectCookieOpensNothing() throws Exception {
        WebSession citizen = signedIn(TestPersons.newBsn(), "nl");
        citizen.get("/consent");
        HttpResponse<String> given = citizen.post("/consent" + NEWSLETTER + "/give", fields());
        Matcher link = RECEIPT_LINK.matcher(citizen.follow(given).body());
        assertThat(link.find()).isTrue();
        String pseudonym = verified(citizen.get(link.group(1)).body()).getJWTClaimsSet().getSubject();

        // The pseudonym is no secret (it is in every receipt and log entry): as a cookie it must open nothing.
        HttpResponse<String> asPseudonym = Portal.get("/consent", "Cookie", "loket-development-subject=" + pseudonym);
        assertThat(asPseudonym.statusCode()).isEqualTo(401);
        assertThat(asPseudonym.body()).doesNotContain("Toestemming intrekken");
        HttpResponse<String> madeUp = Portal.get("/api/consent/me/consents", "Cookie",
                "loket-development-subject=" + "A".repeat(43), "Accept", "application/json");
        assertThat(madeUp.statusCode()).isEqualTo(401);
    }

    @Test
    void apiGivesAndWithdrawsWithOneRequestEachAndChecksTheChain() throws Exception {
        String subject = signedIn(TestPersons.newBsn(), "nl").cookie("loket-development-subject");
        String cookie = "loket-development-subject=" + subject + "; loket-csrf=" + CSRF;

        HttpResponse<String> given = Portal.send("PUT", "/api/consent/me/consents" + NEWSLETTER, "application/json",
                "{\"noticeVersion\": \"privacy-2026-01\"}", "Cookie", cookie, "Accept", "application/json");
        assertThat(given.statusCode()).isEqualTo(201);
        assertThat(verified(Portal.json(given).path("receipt").asText()).getJWTClaimsSet().getStringClaim("status"))
                .isEqualTo("given");
        HttpResponse<String> again = Portal.send("PUT", "/api/consent/me/consents" + NEWSLETTER, "application/json", "{}",
                "Cookie", cookie, "Accept", "application/json");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Portal.json(again).path("type").asText()).endsWith("consent/wrong-state");

        HttpResponse<String> withdrawn = Portal.send("DELETE", "/api/consent/me/consents" + NEWSLETTER, "application/json",
                "", "Cookie", cookie, "X-CSRF-Token", CSRF, "Accept", "application/json");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(Portal.json(withdrawn).path("type").asText()).isEqualTo("withdrawn");

        JsonNode consents = Portal.json(Portal.get("/api/consent/me/consents", "Cookie", cookie, "Accept", "application/json"));
        JsonNode newsletter = consents.get(0);
        assertThat(newsletter.path("purposeId").asText()).isEqualTo("nieuwsbrief-regelingen");
        assertThat(newsletter.path("state").asText()).isEqualTo("withdrawn");
        assertThat(newsletter.path("events")).hasSize(2);
        JsonNode verification = Portal.json(Portal.get("/api/consent/me/verification", "Cookie", cookie));
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("eventsChecked").asInt()).isEqualTo(2);
    }

    @Test
    void answersWhoIsAskingWith401AndListsThePurposesToAnyone() {
        HttpResponse<String> anonymous = Portal.get("/api/consent/me/consents", "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Portal.json(anonymous).path("type").asText()).endsWith("consent/not-identified");

        JsonNode purposes = Portal.json(Portal.get("/api/consent/purposes?lang=en", "Accept", "application/json"));
        assertThat(purposes.findValuesAsText("id")).contains("brp-prefill-aanvraag", "nieuwsbrief-regelingen");
        assertThat(purposes.toString()).contains("Paspoortwet, art. 26", "GDPR Art. 6(1)(e)");
    }

    @Test
    void showsWhoUsedMyDataAfterACounterPrefillInTheCallersTraceAndNeverTheBsn() {
        String bsn = TestPersons.newBsn();
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736".substring(0, 16) + Long.toHexString(System.nanoTime() | 1L << 60);
        WebSession counter = CounterPagesIT.employee().withHeader("traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
        counter.get("/counter");
        assertThat(counter.post("/counter/forms", fields("form", "aanvraag-identiteitskaart-verlies", "bsn", bsn))
                .statusCode()).isEqualTo(303);

        WebSession citizen = signedIn(bsn, "nl");
        String usage = citizen.get("/consent/usage").body();
        assertThat(usage).contains("Wie gebruikte mijn gegevens", "gemeente-voorbeeld", "Basisregistratie Personen",
                "Paspoortwet, art. 26", "Dit is onze taak volgens de wet", "opgevraagd om uw formulier alvast in te vullen",
                "door medewerker balie, samen met u aan de balie (Stadhuis, balie 1)").doesNotContain(bsn);

        String cookie = "loket-development-subject=" + citizen.cookie("loket-development-subject");
        JsonNode agencies = Portal.json(Portal.get("/api/consent/me/processing?lang=en", "Cookie", cookie));
        JsonNode uses = agencies.get(0).path("purposes").get(0).path("uses");
        assertThat(agencies.get(0).path("controller").asText()).isEqualTo("gemeente-voorbeeld");
        assertThat(uses.size()).as("the check that allowed it and four reads").isEqualTo(5);
        assertThat(uses.findValuesAsText("traceId")).containsOnly(trace);
        assertThat(uses.toString()).contains("We checked whether we were allowed", "to fill in your form for you");
    }

    @Test
    void anEmployeeGivesConsentWithTheCitizenRecordedAsDoneAtTheCounter() throws Exception {
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter/consent");
        HttpResponse<String> invalid = counter.post("/counter/consent", fields("bsn", "123456789"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Vul een geldig burgerservicenummer in");

        HttpResponse<String> opened = counter.post("/counter/consent", fields("bsn", TestPersons.newBsn()));
        String overview = location(opened);
        assertThat(overview).startsWith("/counter/consent/");
        assertThat(counter.get(overview).body()).contains("U helpt een burger aan de balie");
        String page = counter.follow(counter.post(overview + NEWSLETTER + "/give", fields())).body();

        assertThat(page).contains("Toestemming intrekken",
                "aan de balie, door medewerker balie, samen met u aan de balie (Stadhuis, balie 1)");
        Matcher link = COUNTER_RECEIPT_LINK.matcher(page);
        assertThat(link.find()).isTrue();
        assertThat(verified(counter.get(link.group(1)).body()).getJWTClaimsSet().getStringClaim("status")).isEqualTo("given");
        assertThat(WebSession.overHttps("nl").get(overview).statusCode()).as("not without the employee's login").isEqualTo(401);
    }

    @Test
    void erasesWhatRestsOnConsentAndSaysWhatTheLawKeepsAndWhy() {
        String bsn = TestPersons.newBsn();
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        counter.post("/counter/forms", fields("form", "aanvraag-identiteitskaart-verlies", "bsn", bsn));
        WebSession citizen = signedIn(bsn, "nl");
        citizen.get("/consent");
        citizen.follow(citizen.post("/consent" + NEWSLETTER + "/give", fields()));
        assertThat(citizen.get("/consent/erasure").body()).contains("Uw gegevens laten verwijderen", "Mijn gegevens verwijderen");

        HttpResponse<String> erased = citizen.post("/consent/erasure", fields());

        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.body()).contains("Uw gegevens zijn verwijderd", "1 toestemming is eerst ingetrokken",
                "Wat wij moeten bewaren, en waarom", "5 keer gebruik van uw gegevens", "Paspoortwet, art. 26",
                "GDPR Art. 6(1)(e)", "Basisregistratie Personen");
        String cookie = "loket-development-subject=" + citizen.cookie("loket-development-subject");
        JsonNode consents = Portal.json(Portal.get("/api/consent/me/consents", "Cookie", cookie));
        assertThat(consents.get(0).path("state").asText()).isEqualTo("none");
        assertThat(citizen.get("/consent/usage").body()).as("kept: it rests on the Paspoortwet")
                .contains("Paspoortwet, art. 26");
    }

    @Test
    void apiErasesAndListsWhatIsKeptInTheReadersLanguage() {
        String bsn = TestPersons.newBsn();
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        counter.post("/counter/forms", fields("form", "aanvraag-identiteitskaart-verlies", "bsn", bsn));
        String cookie = "loket-development-subject=" + signedIn(bsn, "en").cookie("loket-development-subject");
        Portal.send("PUT", "/api/consent/me/consents" + NEWSLETTER, "application/json", "{}", "Cookie", cookie);

        HttpResponse<String> erased = Portal.send("POST", "/api/consent/me/erasure?lang=en", "application/json", "{}",
                "Cookie", cookie, "Accept", "application/json");

        assertThat(erased.statusCode()).isEqualTo(200);
        JsonNode report = Portal.json(erased);
        assertThat(report.path("withdrawn").get(0).asText()).isEqualTo("gemeente-voorbeeld/nieuwsbrief-regelingen");
        assertThat(report.path("consentEvents").asInt()).isEqualTo(2);
        JsonNode kept = report.path("kept").get(0);
        assertThat(kept.path("purposeId").asText()).isEqualTo("brp-prefill-aanvraag");
        assertThat(kept.path("entries").asInt()).isEqualTo(5);
        assertThat(kept.path("reason").asText()).contains("We must still keep this data", "Paspoortwet, art. 26");
        assertThat(kept.path("until").asText()).isNotBlank();
    }

    private static SignedJWT verified(String compact) throws Exception {
        JWKSet keys = JWKSet.parse(Portal.get("/api/consent/receipts/jwks").body());
        SignedJWT receipt = SignedJWT.parse(compact.strip());
        ECKey key = (ECKey) keys.getKeyByKeyId(receipt.getHeader().getKeyID());
        assertThat(key).as("the receipt's key is in the JWKS").isNotNull();
        assertThat(receipt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(receipt.getHeader().getType().toString()).isEqualTo("loket-consent-receipt+jwt");
        return receipt;
    }
}

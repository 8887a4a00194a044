package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions of the JSON API: a form worked through step by step, every step saved, resumable and filed once. */
class SessionsIT {

    private static final String FORM = "/api/forms/aanvraag-identiteitskaart-verlies";
    private static final String SITUATION = "\"gebeurtenis\": \"gestolen\", \"aangifte_gedaan\": true, "
            + "\"datum_verlies\": \"2025-01-10\"";
    private static final String COMPLETE = "{" + SITUATION + ", \"voornamen\": \"Fatima\", \"achternaam\": \"El Amrani\", "
            + "\"geboortedatum\": \"1979-04-12\", \"bsn\": \"999993653\", \"spoed\": false, \"betaalwijze\": \"PIN\", "
            + "\"verklaring\": true}";

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void startsSavesStepByStepAndContinuesAtTheFirstIncompleteStep() {
        HttpResponse<String> started = start("{\"data\": {\"gebeurtenis\": \"gestolen\"}}");
        JsonNode session = Portal.json(started);
        String id = session.get("session").asText();

        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
                FORM + "/sessions/" + id));
        assertThat(started.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(session.get("revision").asLong()).isEqualTo(1);
        assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now());
        assertThat(session.get("evaluation").get("firstIncompleteStep").asText()).isEqualTo("situatie");

        HttpResponse<String> saved = save(id, "\"1\"", "{\"data\": {" + SITUATION + "}}");
        HttpResponse<String> read = Portal.get(FORM + "/sessions/" + id);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Portal.json(saved).get("continueAt").asText()).isEqualTo("persoon");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode again = Portal.json(read);
        assertThat(again.get("revision").asLong()).isEqualTo(2);
        assertThat(again.get("channel").asText()).isEqualTo("web");
        assertThat(again.get("continueAt").asText()).isEqualTo("persoon");
        assertThat(again.get("data").get("datum_verlies").asText()).isEqualTo("2025-01-10");
        assertThat(again.get("evaluation").get("steps").get(0).get("complete").asBoolean()).isTrue();
    }

    @Test
    void refusesAStaleRevisionASaveWithoutIfMatchAndAnswersThatAreNotAnObject() {
        String id = Portal.json(start("")).get("session").asText();
        assertThat(save(id, "\"1\"", "{\"data\": {\"gebeurtenis\": \"verloren\"}}").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = save(id, "\"1\"", "{\"data\": {\"gebeurtenis\": \"gestolen\"}}");
        HttpResponse<String> unconditional = Portal.send("PUT", FORM + "/sessions/" + id, "application/json",
                "{\"data\": {}}", "Accept-Language", "en");
        HttpResponse<String> notAnObject = save(id, "\"2\"", "[1, 2]");
        HttpResponse<String> dataNotAnObject = save(id, "\"2\"", "{\"data\": \"gestolen\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Portal.json(stale).get("type").asText()).isEqualTo("https://loket.dev/problems/conflict");
        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertThat(Portal.json(unconditional).get("type").asText())
                .isEqualTo("https://loket.dev/problems/forms/revision-required");
        assertThat(Portal.json(unconditional).get("detail").asText()).contains("If-Match");
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(dataNotAnObject.statusCode()).isEqualTo(400);
        assertThat(Portal.json(Portal.get(FORM + "/sessions/" + id)).get("data").get("gebeurtenis").asText())
                .as("nothing was overwritten").isEqualTo("verloren");
    }

    @Test
    void evaluatesOneStepOfTheSavedAnswersWithFieldErrors() {
        String id = Portal.json(start("{\"data\": {\"gebeurtenis\": \"gestolen\"}}")).get("session").asText();

        HttpResponse<String> step = Portal.send("POST", FORM + "/sessions/" + id + "/steps/situatie/evaluation",
                "application/json", "", "Accept-Language", "nl");
        HttpResponse<String> unknown = Portal.send("POST", FORM + "/sessions/" + id + "/steps/bestaat-niet/evaluation",
                "application/json", "", "Accept-Language", "en");

        assertThat(step.statusCode()).as(step.body()).isEqualTo(200);
        JsonNode situation = Portal.json(step).get("step");
        assertThat(situation.get("key").asText()).isEqualTo("situatie");
        assertThat(situation.get("complete").asBoolean()).isFalse();
        JsonNode police = component(situation, "aangifte_gedaan");
        assertThat(police.get("visible").asBoolean()).isTrue();
        assertThat(police.get("errors").get(0).get("pointer").asText()).isEqualTo("/aangifte_gedaan");
        assertThat(police.get("errors").get(0).get("message").asText()).startsWith("Kies een antwoord");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Portal.json(unknown).get("type").asText()).isEqualTo("https://loket.dev/problems/forms/unknown-step");
        assertThat(Portal.json(unknown).get("detail").asText()).contains("bestaat-niet");
    }

    @Test
    void continuesLaterWithAResumeCodeAndSecret() {
        String id = Portal.json(start("{\"data\": {" + SITUATION + "}}")).get("session").asText();

        HttpResponse<String> issued = Portal.send("POST", FORM + "/sessions/" + id + "/resume-code", "application/json", "");
        JsonNode code = Portal.json(issued);
        HttpResponse<String> resumed = resume(code.get("code").asText().toLowerCase(), code.get("secret").asText());
        HttpResponse<String> wrong = resume(code.get("code").asText(), "AAAAA-AAAAA");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(code.get("code").asText()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        assertThat(Portal.json(resumed).get("session").asText()).isEqualTo(id);
        assertThat(Portal.json(resumed).get("continueAt").asText()).isEqualTo("persoon");
        assertThat(resumed.headers().firstValue("Content-Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith(FORM + "/sessions/" + id));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(Portal.json(wrong).get("type").asText()).isEqualTo("https://loket.dev/problems/not-found");
    }

    @Test
    void continuesAConversationAsASessionOnTheWeb() {
        HttpResponse<String> conversation = Portal.send("POST", FORM + "/conversations", "application/json", "",
                "Accept-Language", "nl");
        String id = Portal.json(conversation).get("conversation").asText();
        assertThat(Portal.send("POST", FORM + "/conversations/" + id + "/messages", "application/json",
                "{\"text\": \"2\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> read = Portal.get(FORM + "/sessions/" + id);
        JsonNode session = Portal.json(read);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(session.get("channel").asText()).isEqualTo("conversation");
        assertThat(session.get("data").get("gebeurtenis").asText()).isEqualTo("gestolen");

        String revision = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> saved = save(id, revision, "{\"data\": {" + SITUATION + "}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Portal.json(saved).get("channel").asText()).isEqualTo("web");
        assertThat(Portal.json(saved).get("continueAt").asText()).isEqualTo("persoon");
    }

    @Test
    void submitsASessionOnceAndARetryGetsTheSameReceiptThatVerifies() throws Exception {
        String id = Portal.json(start("{\"data\": " + COMPLETE + "}")).get("session").asText();

        HttpResponse<String> first = submit(id);
        HttpResponse<String> retry = submit(id);
        HttpResponse<String> afterwards = Portal.get(FORM + "/sessions/" + id, "Accept-Language", "nl");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Portal.json(retry).get("id").asText()).isEqualTo(Portal.json(first).get("id").asText());
        assertThat(Portal.json(retry).get("dataSha256").asText()).isEqualTo(Portal.json(first).get("dataSha256").asText());
        assertThat(afterwards.statusCode()).isEqualTo(404);
        assertThat(Portal.json(afterwards).get("detail").asText()).contains("al verstuurd");

        SignedJWT receipt = SignedJWT.parse(Portal.json(first).get("receipt").asText());
        JWKSet keys = JWKSet.parse(Portal.get("/api/forms/receipts/jwks").body());
        assertThat(receipt.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(receipt.getHeader().getKeyID())))).isTrue();
        assertThat(receipt.getJWTClaimsSet().getSubject()).isEqualTo(Portal.json(first).get("id").asText());
        assertThat(receipt.getJWTClaimsSet().getStringClaim("form")).isEqualTo("aanvraag-identiteitskaart-verlies");
        assertThat(receipt.getJWTClaimsSet().getStringClaim("channel")).isEqualTo("web");
    }

    @Test
    void submitsWithAnIdempotencyKeyOnceAndRefusesIncompleteAnswersWithFieldErrors() {
        String id = Portal.json(start("{\"data\": " + COMPLETE + "}")).get("session").asText();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = submit(id, "Idempotency-Key", key);
        HttpResponse<String> retry = submit(id, "Idempotency-Key", key);
        String incomplete = Portal.json(start("{\"data\": {\"gebeurtenis\": \"verloren\"}}")).get("session").asText();
        HttpResponse<String> refused = submit(incomplete, "Accept-Language", "en");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(Portal.json(retry).get("id").asText()).isEqualTo(Portal.json(first).get("id").asText());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/validation");
        assertThat(Portal.json(refused).get("errors").findValuesAsText("pointer")).contains("/bsn", "/datum_verlies");
        assertThat(Portal.json(refused).get("errors").findValuesAsText("detail")).allMatch(d -> !d.isBlank());
        assertThat(Portal.get(FORM + "/sessions/" + incomplete).statusCode()).as("a refusal keeps the draft").isEqualTo(200);
    }

    @Test
    void answersAnUnknownSessionInPlainWords() {
        HttpResponse<String> unknown = Portal.get(FORM + "/sessions/" + UUID.randomUUID(), "Accept-Language", "en");
        HttpResponse<String> notAnId = Portal.get(FORM + "/sessions/1-1-1-1-1", "Accept-Language", "nl");
        HttpResponse<String> submitted = submit(UUID.randomUUID().toString());
        HttpResponse<String> otherForm = Portal.get("/api/forms/bestaat-niet/sessions/" + UUID.randomUUID());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Language")).contains("en");
        assertThat(Portal.json(unknown).get("detail").asText()).contains("expired").contains("Start again");
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(Portal.json(notAnId).get("detail").asText()).contains("verlopen");
        assertThat(submitted.statusCode()).isEqualTo(404);
        assertThat(otherForm.statusCode()).isEqualTo(404);
        assertThat(Portal.json(otherForm).get("type").asText()).isEqualTo("https://loket.dev/problems/forms/unknown-form");
    }

    private static HttpResponse<String> start(String body) {
        HttpResponse<String> response = Portal.send("POST", FORM + "/sessions", "application/json", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static HttpResponse<String> save(String id, String ifMatch, String body) {
        return Portal.send("PUT", FORM + "/sessions/" + id, "application/json", body, "If-Match", ifMatch);
    }

    private static HttpResponse<String> resume(String code, String secret) {
        return Portal.send("POST", "/api/forms/sessions/resumption", "application/json",
                "{\"code\": \"" + code + "\", \"secret\": \"" + secret + "\"}");
    }

    private static HttpResponse<String> submit(String id, String... headers) {
        return Portal.send("POST", FORM + "/sessions/" + id + "/submission", "application/json", "", headers);
    }

    private static JsonNode component(JsonNode step, String key) {
        for (JsonNode component : step.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No component " + key + " in " + step);
    }
}

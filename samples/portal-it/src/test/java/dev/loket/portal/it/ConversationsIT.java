package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A form as a conversation over HTTP: the API a chat, phone or SMS channel uses. */
class ConversationsIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void asksOneQuestionAtATimeReasksKindlyAndKeepsTheTranscript() {
        HttpResponse<String> started = Portal.send("POST", "/api/forms/aanvraag-identiteitskaart-verlies/conversations",
                "application/json", "", "Accept-Language", "nl");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String id = Portal.json(started).get("conversation").asText();
        assertThat(String.join(" ", texts(started))).contains("Wat is er met uw identiteitskaart gebeurd?");

        HttpResponse<String> unclear = message(id, "geen idee");
        HttpResponse<String> answered = message(id, "2");

        assertThat(String.join(" ", texts(unclear))).contains("Wat is er met uw identiteitskaart gebeurd?");
        assertThat(Portal.json(answered).get("done").asBoolean()).isFalse();
        assertThat(String.join(" ", texts(answered))).containsIgnoringCase("aangifte");
        JsonNode transcript = Portal.json(Portal.get("/api/forms/aanvraag-identiteitskaart-verlies/conversations/" + id));
        assertThat(transcript.get("lines").findValuesAsText("text")).contains("geen idee", "2");
    }

    @Test
    void filesTheConfirmedAnswersWithTheTranscriptOnceAndGivesAReceiptThatVerifies() throws Exception {
        HttpResponse<String> started = Portal.send("POST", "/api/forms/aanvraag-identiteitskaart-verlies/conversations",
                "application/json", "", "Accept-Language", "nl");
        String id = Portal.json(started).get("conversation").asText();
        HttpResponse<String> summary = null;
        for (String answer : new String[]{"gestolen", "klopt", "gisteren", "overslaan", "Jan Pieter", "de Vries",
                "12 maart 1980", "1234.56.782", "nee", "06-12345678", "nee", "contant", "ja"}) {
            summary = message(id, answer);
        }
        assertThat(Portal.json(summary).get("status").asText()).as(summary.body()).isEqualTo("checking");
        assertThat(Portal.json(summary).has("receipt")).as("no receipt before the person confirms: " + summary.body()).isFalse();

        JsonNode sent = Portal.json(message(id, "ja"));
        JsonNode again = Portal.json(message(id, "ja"));

        assertThat(sent.get("status").asText()).isEqualTo("submitted");
        assertThat(sent.get("done").asBoolean()).isTrue();
        JsonNode receipt = sent.get("receipt");
        SignedJWT signed = SignedJWT.parse(receipt.get("receipt").asText());
        ECKey key = (ECKey) JWKSet.parse(Portal.get("/api/forms/receipts/jwks").body())
                .getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(signed.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(signed.getJWTClaimsSet().getSubject()).isEqualTo(receipt.get("id").asText());
        assertThat(signed.getJWTClaimsSet().getStringClaim("channel")).isEqualTo("conversation");
        assertThat(signed.getJWTClaimsSet().getStringClaim("data_sha256")).isEqualTo(receipt.get("dataSha256").asText());
        assertThat(again.get("status").asText()).isEqualTo("submitted");
        assertThat(again.get("texts").get(0).asText()).isEqualTo("Uw formulier is al verstuurd. Dank u wel.");
        assertThat(again.get("receipt").get("id").asText()).as("a retried ja files nothing new").isEqualTo(receipt.get("id").asText());
        assertThat(again.get("receipt").get("dataSha256").asText()).isEqualTo(receipt.get("dataSha256").asText());
        JsonNode transcript = Portal.json(Portal.get("/api/forms/aanvraag-identiteitskaart-verlies/conversations/" + id));
        assertThat(transcript.get("status").asText()).isEqualTo("submitted");
        assertThat(transcript.get("lines").findValuesAsText("text")).contains("gestolen", "1234.56.782", "contant");

        Path delivered = Path.of(System.getProperty("loket.it.delivered"), receipt.get("id").asText() + ".json");
        // Delivery runs every second on the test server; give it a generous deadline.
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(delivered) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        JsonNode document = new ObjectMapper().readTree(Files.readString(delivered));
        assertThat(document.get("channel").asText()).isEqualTo("conversation");
        assertThat(document.get("data").get("betaalwijze").asText()).isEqualTo("CASH");
        JsonNode lines = document.get("transcript");
        assertThat(lines.get(0).get("who").asText()).isEqualTo("loket");
        assertThat(lines.findValuesAsText("text")).contains("gestolen", "Jan Pieter", "contant",
                "Dank u wel. Uw formulier is verstuurd. U krijgt bericht van de gemeente.");
        assertThat(lines.get(lines.size() - 2).get("who").asText()).isEqualTo("person");
        assertThat(lines.get(lines.size() - 2).get("text").asText()).isEqualTo("ja");
    }

    @Test
    void answersAnUnknownConversationWithAProblem() {
        HttpResponse<String> response = Portal.send("POST",
                "/api/forms/verhuizing/conversations/00000000-0000-0000-0000-000000000000/messages",
                "application/json", "{\"text\": \"ja\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Portal.json(response).get("type").asText()).isEqualTo("https://loket.dev/problems/not-found");
    }

    private static HttpResponse<String> message(String id, String text) {
        HttpResponse<String> response = Portal.send("POST",
                "/api/forms/aanvraag-identiteitskaart-verlies/conversations/" + id + "/messages", "application/json",
                "{\"text\": \"" + text + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static java.util.List<String> texts(HttpResponse<String> response) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        Portal.json(response).get("texts").forEach(t -> texts.add(t.asText()));
        return texts;
    }
}

package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

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

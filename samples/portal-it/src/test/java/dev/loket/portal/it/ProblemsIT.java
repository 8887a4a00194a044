package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error the portal gives is an RFC 9457 problem with a stable type, in the reader's language. */
class ProblemsIT {

    private static final String PROBLEMS = "https://loket.dev/problems/";

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void answersAnUnknownAddressWith404InTheRequestedLanguage() {
        HttpResponse<String> dutch = Portal.get("/no/such/page", "Accept-Language", "nl-NL,nl;q=0.9");
        HttpResponse<String> english = Portal.get("/no/such/page", "Accept-Language", "en-GB,en;q=0.9");

        assertProblem(dutch, 404, "not-found");
        assertThat(Portal.json(dutch).get("title").asText()).isEqualTo("Niet gevonden");
        assertThat(Portal.json(english).get("title").asText()).isEqualTo("Not found");
        assertThat(english.headers().firstValue("Content-Language")).contains("en");
        assertThat(Portal.json(english).get("instance").asText()).isEqualTo("/no/such/page");
    }

    @Test
    void showsBrowsersAnErrorPageInTheirLanguageInsteadOfJson() {
        HttpResponse<String> page = Portal.get("/no/such/page",
                "Accept", "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\">").contains("Not found").contains("Go to the home page");
    }

    @Test
    void answersAWrongMethodWith405AndSaysWhichAreAllowed() {
        HttpResponse<String> response = Portal.get("/api/checks/bsn", "Accept-Language", "en");

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
        assertThat(Portal.json(response).get("detail").asText()).contains("GET").contains("POST");
    }

    @Test
    void answersAnUnavailableFormatWith406() {
        HttpResponse<String> response = Portal.get("/", "Accept", "application/json");

        assertProblem(response, 406, "not-acceptable");
    }

    @Test
    void answersAnUnreadableFormatWith415() {
        HttpResponse<String> response = Portal.send("POST", "/api/checks/bsn", "application/xml",
                "<bsn>999993653</bsn>", "Accept-Language", "en");

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(Portal.json(response).get("detail").asText()).contains("application/xml");
    }

    @Test
    void answersBrokenJsonWith400() {
        HttpResponse<String> response = Portal.send("POST", "/api/checks/bsn", "application/json", "{\"bsn\": ");

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void answersUnknownFieldsWith400RatherThanIgnoringThem() {
        HttpResponse<String> response = Portal.send("POST", "/api/checks/bsn", "application/json",
                "{\"bsn\": \"999993653\", \"admin\": true}");

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void listsEachWrongFieldWithPointerKeyAndMessage() {
        HttpResponse<String> response = Portal.send("POST", "/api/checks/bsn", "application/json", "{}",
                "Accept-Language", "en");

        assertProblem(response, 400, "validation");
        JsonNode error = Portal.json(response).get("errors").get(0);
        assertThat(error.get("pointer").asText()).isEqualTo("/bsn");
        assertThat(error.get("key").asText()).isEqualTo("check.bsn.required");
        assertThat(error.get("detail").asText()).isEqualTo("Enter a citizen service number (BSN).");
    }

    @Test
    void answersAValidRequestNormally() {
        HttpResponse<String> valid = Portal.send("POST", "/api/checks/bsn", "application/json", "{\"bsn\":\"999993653\"}");
        HttpResponse<String> invalid = Portal.send("POST", "/api/checks/bsn", "application/json", "{\"bsn\":\"999993654\"}");

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(Portal.json(valid).get("valid").asBoolean()).isTrue();
        assertThat(Portal.json(invalid).get("valid").asBoolean()).isFalse();
    }

    @Test
    void hidesAnUnexpectedErrorBehindACorrelationIdThatIsInTheLog() throws IOException {
        HttpResponse<String> response = Portal.get("/api/diagnostics/unexpected-error", "Accept-Language", "en");

        assertProblem(response, 500, "internal");
        String correlationId = Portal.json(response).get("correlationId").asText();
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(response.body()).doesNotContain("Deliberate").doesNotContain("IllegalStateException")
                .doesNotContain("at dev.loket");
        assertThat(Portal.json(response).get("detail").asText()).contains(correlationId);
        Path log = Path.of(System.getProperty("loket.it.server-log"));
        assertThat(Files.readString(log)).contains(correlationId);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = Portal.json(response);
        assertThat(problem.get("type").asText()).isEqualTo(PROBLEMS + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}

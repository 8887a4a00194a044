package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a JSON client sends is bounded before the portal does any work with it: the body's size (by
 * its length, or while it streams in), its nesting, and answers the form cannot take (keys it does not
 * have, lists longer than it allows).
 */
class JsonLimitsIT {

    private static final String FORM = "/api/forms/verhuizing";
    /** Just over the default loket.json.max-body-bytes. */
    private static final int TOO_LARGE = (1 << 20) + 1;

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void refusesABodyOverTheLimitByItsLength() {
        String body = "{\"data\": {\"naam_hoofdbewoner\": \"" + "x".repeat(TOO_LARGE) + "\"}}";

        HttpResponse<String> refused = Portal.send("POST", FORM + "/sessions", "application/json", body);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/payload-too-large");
    }

    @Test
    void refusesABodyWithoutLengthOnceItGrowsPastTheLimit() throws Exception {
        byte[] body = ("[" + "1,".repeat(TOO_LARGE / 2) + "1]").getBytes(StandardCharsets.US_ASCII);
        HttpRequest chunked = HttpRequest.newBuilder(Portal.BASE.resolve(FORM + "/evaluation"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                // A publisher of unknown length: the client sends the body chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> refused = send(chunked);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/payload-too-large");
    }

    @Test
    void refusesJsonNestedTooDeeplyAsABadRequest() {
        String deep = "{\"data\": {\"verhuisdatum\": " + "[".repeat(200) + "]".repeat(200) + "}}";

        HttpResponse<String> refused = Portal.send("POST", FORM + "/sessions", "application/json", deep);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/bad-request");
    }

    @Test
    void refusesANumberNoDecimalCanHoldAsABadRequestNotAServerError() {
        // Found by JsonLogicFuzzTest: Jackson's exact decimals threw a bare NumberFormatException here.
        for (String path : new String[] {FORM + "/sessions", FORM + "/evaluation"}) {
            HttpResponse<String> refused = Portal.send("POST", path, "application/json",
                    "{\"data\": {\"verhuisdatum\": 13E3333333333333333333}}");

            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(400);
            assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/bad-request");
        }
    }

    @Test
    void refusesToStoreASessionWithKeysTheFormDoesNotHaveNamingEach() {
        HttpResponse<String> refused = Portal.send("POST", FORM + "/sessions", "application/json",
                "{\"data\": {\"verhuisdatum\": \"2026-12-01\", \"isAdmin\": true, "
                        + "\"medeverhuizers\": [{\"voornaam\": \"Sem\", \"salaris\": 1}]}}", "Accept-Language", "en");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = Portal.json(refused);
        assertThat(problem.get("type").asText()).isEqualTo("https://loket.dev/problems/validation");
        assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly("/isAdmin", "/medeverhuizers/0/salaris");
        assertThat(problem.get("errors").get(0).get("detail").asText()).isEqualTo("This field does not belong to this form.");
    }

    @Test
    void refusesARepeatingGroupOverItsMaxItemsBeforeEvaluatingIt() {
        StringBuilder rows = new StringBuilder("{\"met_anderen\": true, \"medeverhuizers\": [");
        for (int i = 0; i < 20_000; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"voornaam\": \"P").append(i).append("\"}");
        }
        rows.append("]}");

        long start = System.nanoTime();
        HttpResponse<String> refused = Portal.send("POST", FORM + "/evaluation", "application/json", rows.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Portal.json(refused).get("errors").findValuesAsText("pointer")).containsExactly("/medeverhuizers");
        // Evaluating 20,000 rows took seconds before; a refusal by count takes a moment.
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

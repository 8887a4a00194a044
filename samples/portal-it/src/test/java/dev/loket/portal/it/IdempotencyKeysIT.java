package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An Idempotency-Key is the caller's own: another caller with the same key never gets the first one's receipt. */
class IdempotencyKeysIT {

    private static final String FORM = "/api/forms/aanvraag-identiteitskaart-verlies";
    private static final String COMPLETE = "{\"gebeurtenis\": \"gestolen\", \"aangifte_gedaan\": true, "
            + "\"datum_verlies\": \"2025-01-10\", \"voornamen\": \"Fatima\", \"achternaam\": \"El Amrani\", "
            + "\"geboortedatum\": \"1979-04-12\", \"bsn\": \"999993653\", \"spoed\": false, \"betaalwijze\": \"PIN\", "
            + "\"verklaring\": true}";

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void anotherSessionWithTheSameKeyFilesItsOwnAndCannotFetchTheFirstReceipt() {
        String key = "bestelling-" + UUID.randomUUID();
        String firstSession = startSession();
        HttpResponse<String> first = submitSession(firstSession, key);

        // Same answers, same key, another session: before, it got the first session's submission and receipt.
        HttpResponse<String> sameAnswersOtherSession = submitSession(startSession(), key);
        // A session that does not exist (the first one is deleted after filing): before, the key alone found the receipt.
        HttpResponse<String> noSessionAtAll = submitSession(UUID.randomUUID().toString(), key);
        HttpResponse<String> retry = submitSession(firstSession, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(sameAnswersOtherSession.statusCode()).as(sameAnswersOtherSession.body()).isEqualTo(201);
        assertThat(Portal.json(sameAnswersOtherSession).path("id").asText()).isNotEqualTo(Portal.json(first).path("id").asText());
        assertThat(noSessionAtAll.statusCode()).as(noSessionAtAll.body()).isEqualTo(404);
        assertThat(noSessionAtAll.body()).doesNotContain(Portal.json(first).path("id").asText());
        assertThat(retry.statusCode()).as("the first session's own retry still gets its receipt").isEqualTo(200);
        assertThat(Portal.json(retry).path("id").asText()).isEqualTo(Portal.json(first).path("id").asText());
    }

    @Test
    void anotherApiClientWithTheSameKeyAndAnswersGetsASubmissionOfItsOwn() throws Exception {
        String answers = Files.readString(Path.of(System.getProperty("loket.it.example-forms"), "bijzondere-bijstand.data.json"));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = submit(answers, key, "Authorization", "Bearer klant-a");
        HttpResponse<String> firstAgain = submit(answers, key, "Authorization", "Bearer klant-a");
        HttpResponse<String> other = submit(answers, key, "Authorization", "Bearer klant-b");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(firstAgain.statusCode()).isEqualTo(200);
        assertThat(Portal.json(firstAgain).path("id").asText()).isEqualTo(Portal.json(first).path("id").asText());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        assertThat(Portal.json(other).path("id").asText()).isNotEqualTo(Portal.json(first).path("id").asText());
    }

    private static String startSession() {
        HttpResponse<String> started = Portal.send("POST", FORM + "/sessions", "application/json", "{\"data\": " + COMPLETE + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return Portal.json(started).get("session").asText();
    }

    private static HttpResponse<String> submitSession(String session, String key) {
        return Portal.send("POST", FORM + "/sessions/" + session + "/submission", "application/json", "",
                "Idempotency-Key", key);
    }

    private static HttpResponse<String> submit(String answers, String key, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Portal.send("POST", "/api/forms/bijzondere-bijstand/submissions", "application/json", answers, all);
    }
}

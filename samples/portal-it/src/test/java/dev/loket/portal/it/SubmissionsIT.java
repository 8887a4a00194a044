package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Submitting through the API: durable, exactly once per Idempotency-Key, with a receipt anyone can verify. */
class SubmissionsIT {

    private static String complete;

    @BeforeAll
    static void portalIsReady() throws Exception {
        Portal.awaitReady();
        complete = Files.readString(Path.of(System.getProperty("loket.it.example-forms"), "bijzondere-bijstand.data.json"));
    }

    @Test
    void storesASubmissionAndGivesAReceiptThatVerifiesWithThePublishedKeys() throws Exception {
        HttpResponse<String> response = submit(UUID.randomUUID().toString(), complete);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = Portal.json(response);
        SignedJWT receipt = SignedJWT.parse(body.get("receipt").asText());
        JWKSet keys = JWKSet.parse(Portal.get("/api/forms/receipts/jwks").body());
        ECKey key = (ECKey) keys.getKeyByKeyId(receipt.getHeader().getKeyID());
        assertThat(receipt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(key.isPrivate()).as("only public keys are published").isFalse();
        assertThat(receipt.getJWTClaimsSet().getSubject()).isEqualTo(body.get("id").asText());
        assertThat(receipt.getJWTClaimsSet().getStringClaim("form")).isEqualTo("bijzondere-bijstand");
        assertThat(receipt.getJWTClaimsSet().getStringClaim("data_sha256")).isEqualTo(body.get("dataSha256").asText())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void handsAStoredSubmissionToTheBackOffice() throws Exception {
        HttpResponse<String> response = submit(UUID.randomUUID().toString(), complete);
        String id = Portal.json(response).get("id").asText();
        Path delivered = Path.of(System.getProperty("loket.it.delivered"), id + ".json");

        // Delivery runs every second on the test server; give it a generous deadline.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!Files.exists(delivered) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(delivered).exists();
        assertThat(Files.readString(delivered)).contains(id).contains("bijzondere-bijstand").contains("999993653");
    }

    @Test
    void storesTheSameSubmissionSentTwentyTimesAtOnceOnlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return submit(key, complete);
                }, pool));
            }
            start.countDown();
            List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();

            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(responses.stream().map(r -> Portal.json(r).get("id").asText()).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesIncompleteAnswersAKeyReusedForOtherAnswersAndAMissingKey() {
        String key = UUID.randomUUID().toString();
        assertThat(submit(key, complete).statusCode()).isEqualTo(201);

        HttpResponse<String> reused = submit(key, complete.replace("849.99", "849.98"));
        HttpResponse<String> incomplete = submit(UUID.randomUUID().toString(), "{}");
        HttpResponse<String> keyless = Portal.send("POST", "/api/forms/bijzondere-bijstand/submissions",
                "application/json", complete);

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(Portal.json(incomplete).get("errors").findValuesAsText("pointer")).contains("/bsn", "/verklaring");
        assertThat(keyless.statusCode()).isEqualTo(400);
        assertThat(Portal.json(keyless).get("detail").asText()).contains("Idempotency-Key");
    }

    private static HttpResponse<String> submit(String key, String data) {
        return Portal.send("POST", "/api/forms/bijzondere-bijstand/submissions", "application/json", data,
                "Idempotency-Key", key);
    }
}

package dev.loket.forms.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import dev.loket.core.Channel;
import dev.loket.core.signing.SigningKey;
import dev.loket.forms.submission.StoredSubmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SigningKey KEY = SigningKey.development("tests");
    private static final StoredSubmission SUBMISSION = new StoredSubmission(
            UUID.fromString("0b6f8a52-3c1e-4d0a-9f3e-2a7c5d9e1b40"), "verhuizing", "1.2.0", Channel.WEB, "key-1",
            "{\"naam\":\"Jan\",\"kinderen\":[1,2]}", "abc123", Instant.parse("2026-12-01T17:20:00Z"), false);

    /** A request as the receiver got it. */
    private record Received(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private URI serverAnswering(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/intake", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
                        in.readAllBytes()));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/intake?token=secret");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheSubmissionAsJsonWithItsIdAsIdempotencyKey() throws Exception {
        new WebhookDelivery(serverAnswering(202), KEY).deliver(SUBMISSION);

        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Idempotency-Key")).isEqualTo(SUBMISSION.id().toString());
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("id").asText()).isEqualTo(SUBMISSION.id().toString());
        assertThat(body.get("form").asText()).isEqualTo("verhuizing");
        assertThat(body.get("formVersion").asText()).isEqualTo("1.2.0");
        assertThat(body.get("channel").asText()).isEqualTo("web");
        assertThat(body.get("submittedAt").asText()).isEqualTo("2026-12-01T17:20:00Z");
        assertThat(body.get("dataSha256").asText()).isEqualTo("abc123");
        assertThat(body.get("data")).isEqualTo(JSON.readTree(SUBMISSION.data()));
    }

    @Test
    void signsTheExactBodySoTheReceiverCanVerifyItWithThePublishedKeys() throws Exception {
        new WebhookDelivery(serverAnswering(200), KEY).deliver(SUBMISSION);
        Received request = received.get(0);
        String signature = request.header("Loket-Signature");
        JWKSet published = JWKSet.parse(KEY.publicKeys().toString());

        JWSObject jws = JWSObject.parse(signature, new Payload(request.body()));
        ECDSAVerifier verifier = new ECDSAVerifier(published.getKeyByKeyId(jws.getHeader().getKeyID()).toECKey());

        assertThat(signature).contains("..");
        assertThat(jws.getHeader().getType().getType()).isEqualTo(WebhookDelivery.SIGNATURE_TYPE);
        assertThat(jws.verify(verifier)).isTrue();
        byte[] changed = new String(request.body(), StandardCharsets.UTF_8).replace("Jan", "Piet")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(JWSObject.parse(signature, new Payload(changed)).verify(verifier)).isFalse();
    }

    @Test
    void failsWithTheStatusWhenTheReceiverAnswersAnError() throws Exception {
        WebhookDelivery delivery = new WebhookDelivery(serverAnswering(500), KEY);

        assertThatThrownBy(() -> delivery.deliver(SUBMISSION))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("Jan");
    }

    @Test
    void failsAfterTheTimeoutWhenTheReceiverNeverAnswers() throws Exception {
        // Accepts connections (the backlog) but never reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            WebhookDelivery delivery = new WebhookDelivery(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                    KEY, Duration.ofSeconds(2), Duration.ofMillis(300));

            assertThatThrownBy(() -> delivery.deliver(SUBMISSION))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageContaining("did not answer");
        }
    }

    @Test
    void failsWhenTheConnectionIsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebhookDelivery delivery = new WebhookDelivery(URI.create("http://127.0.0.1:" + closedPort + "/"), KEY,
                Duration.ofSeconds(2), Duration.ofSeconds(2));

        assertThatThrownBy(() -> delivery.deliver(SUBMISSION))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("connect");
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        assertThatThrownBy(() -> new WebhookDelivery(URI.create("ftp://example.org/in"), KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookDelivery(URI.create("/relative"), KEY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bodyIsUtf8Json() throws Exception {
        assertThat(new String(WebhookDelivery.body(SUBMISSION), StandardCharsets.UTF_8)).startsWith("{\"id\":");
    }
}

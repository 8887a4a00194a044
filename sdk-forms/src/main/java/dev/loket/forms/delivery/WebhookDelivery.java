package dev.loket.forms.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.core.signing.SigningKey;
import dev.loket.forms.submission.StoredSubmission;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * POSTs each submission as JSON to a back office's URL: {@code id}, {@code form}, {@code formVersion},
 * {@code channel}, {@code submittedAt}, {@code dataSha256} and {@code data} (the answers as a JSON object).
 *
 * <p>Two headers make it safe to receive:
 * <ul>
 *   <li>{@value #IDEMPOTENCY_KEY_HEADER}: the submission's id. The relay delivers at least once, so
 *       a receiver may get the same submission again after a lost answer, and skips a key it has seen.</li>
 *   <li>{@value #SIGNATURE_HEADER}: a JWS (ES256, {@code typ} {@value #SIGNATURE_TYPE}) over the exact
 *       body bytes, with the payload detached (RFC 7515 Appendix F: {@code header..signature}). The
 *       receiver puts the body it got in as payload and verifies with the agency's published JWKS,
 *       the same keys that verify receipts; a changed body does not verify.</li>
 * </ul>
 *
 * <p>Any answer other than 2xx, a timeout or a connection error is a {@link DeliveryException}, so
 * the {@link OutboxRelay} tries again later. Redirects are not followed: the signed answers go to
 * the configured address only. Neither the data nor the receiver's answer is logged or kept.
 */
public final class WebhookDelivery implements SubmissionDelivery {

    /** Header with the submission's id, for the receiver to recognise a repeated delivery. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    /** Header with the detached JWS over the body. */
    public static final String SIGNATURE_HEADER = "Loket-Signature";
    /** The JOSE {@code typ} of the signature. */
    public static final String SIGNATURE_TYPE = "loket-delivery+jws";
    /** How long to wait for a connection when none is given. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for the whole answer when none is given. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final String origin;
    private final SigningKey key;
    private final Duration requestTimeout;
    private final HttpClient client;

    /** Delivery to the URL with the default timeouts; see {@link #WebhookDelivery(URI, SigningKey, Duration, Duration)}. */
    public WebhookDelivery(URI url, SigningKey key) {
        this(url, key, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * Delivery to the URL, signed with the key.
     *
     * @param url            an absolute {@code https} (or, for development, {@code http}) URL
     * @param key            the key that signs the body; publish its public keys where receivers can fetch them
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the answer, from sending the request
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or a timeout is not positive
     */
    public WebhookDelivery(URI url, SigningKey key, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException("A webhook needs an absolute https or http URL with a host");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("Webhook timeouts must be positive");
        }
        this.url = url;
        // Only scheme, host and port go into failure reasons: a path or query may hold a secret.
        this.origin = scheme + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        this.key = Objects.requireNonNull(key, "key");
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void deliver(StoredSubmission submission) throws DeliveryException {
        byte[] body = body(submission);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY_HEADER, submission.id().toString())
                .header(SIGNATURE_HEADER, key.signDetached(body, SIGNATURE_TYPE))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpConnectTimeoutException e) {
            throw new DeliveryException("Webhook " + origin + " could not be reached within the connect timeout", e);
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("Webhook " + origin + " did not answer within " + requestTimeout, e);
        } catch (ConnectException e) {
            throw new DeliveryException("Could not connect to webhook " + origin, e);
        } catch (IOException e) {
            throw new DeliveryException("Webhook " + origin + " failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Delivery to webhook " + origin + " was interrupted", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new DeliveryException("Webhook " + origin + " answered HTTP " + status);
        }
    }

    /** The body as sent: compact JSON in UTF-8. */
    static byte[] body(StoredSubmission submission) throws DeliveryException {
        try {
            return SubmissionDocument.JSON.writeValueAsBytes(SubmissionDocument.of(submission));
        } catch (JsonProcessingException e) {
            // No cause and no parser message: it would quote the data.
            throw new DeliveryException("The stored data of submission " + submission.id() + " is not JSON");
        }
    }
}

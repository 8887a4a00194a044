package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** The portal under test, on the Liberty server that the build started for the integration tests. */
final class Portal {

    static final URI BASE = URI.create(System.getProperty("loket.it.base-url", "http://localhost:9180"));
    static final URI HTTPS = URI.create(System.getProperty("loket.it.https-url", "https://localhost:9543"));

    // HTTP/1.1: with the client's default (an h2c upgrade) 20 concurrent requests on the shared
    // connection left Liberty's HTTP/2 writers waiting for each other (SubmissionsIT timed out).
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    /** Why the portal did not start, once known: later test classes fail at once instead of waiting again. */
    private static volatile String notReady;

    private Portal() {
    }

    /**
     * Waits until the portal reports ready (database up, schemas migrated). Liberty's start goal
     * returns when the server runs; the application may still be starting.
     */
    static void awaitReady() {
        if (notReady != null) {
            throw new IllegalStateException(notReady);
        }
        Instant deadline = Instant.now().plus(START_LIMIT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = get("/health/ready");
                if (ready.statusCode() == 200 && get("/").statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof ConnectException)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        notReady = "The portal was not ready within " + START_LIMIT + ": " + last
                + " (see the server log, target/liberty/wlp/usr/servers/portal-it/logs/messages.log)";
        throw new IllegalStateException(notReady);
    }

    static HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Trusts any certificate: the test server's is the self-signed one Liberty makes on first start.
     * For tests only.
     */
    static SSLContext trustingTheTestCertificate() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request to the portal's HTTPS address. */
    static HttpResponse<String> sendHttps(String method, String path, String contentType, String body, String... headers) {
        HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).sslContext(trustingTheTestCertificate()).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(HTTPS.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

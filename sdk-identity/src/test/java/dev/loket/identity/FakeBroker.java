package dev.loket.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A small OpenID provider on a loopback port for relying-party tests: discovery, keys, and a token
 * endpoint that checks the PKCE verifier against the challenge of the code it issued, as a real
 * broker does. The "login" is {@link #authorize}: it issues a code for the request's parameters.
 */
final class FakeBroker implements AutoCloseable {

    private static final TestIssuer KEYS = new TestIssuer("broker-rsa", "broker-ec");
    final TestIssuer keys = KEYS;
    private final HttpServer server;
    final String issuer;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    volatile UnaryOperator<JWTClaimsSet.Builder> claims = c -> c;
    volatile Instant now = Instant.now();

    FakeBroker() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        server.createContext("/realms/test/.well-known/openid-configuration", ex -> json(ex, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout","code_challenge_methods_supported":["S256"]}
                """.formatted(issuer)));
        server.createContext("/realms/test/certs", ex -> json(ex, 200, keys.publicKeys().toString()));
        server.createContext("/realms/test/token", this::token);
        server.start();
    }

    /** What the broker does when the person logs in: a code for this authorization request. */
    String authorize(URI authorizationRequest) {
        Map<String, String> params = query(authorizationRequest.getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, params);
        return code;
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> request = codes.remove(form.getOrDefault("code", ""));
        if (request == null || !request.get("redirect_uri").equals(form.get("redirect_uri"))
                || !challenge(form.getOrDefault("code_verifier", "")).equals(request.get("code_challenge"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder().issuer(issuer).audience(request.get("client_id"))
                .subject("f2a1c7e0").claim("azp", request.get("client_id")).claim("nonce", request.get("nonce"))
                .claim("bsn", "999993653")
                .claim("acr", request.containsKey("acr_values") ? request.get("acr_values").split(" ")[0]
                        : "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        String token = keys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("broker-rsa").build(), claims.apply(id).build(), keys.rsa);
        json(exchange, 200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"id_token\":\"" + token + "\"}");
    }

    String accessToken(String audience) {
        return keys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("broker-rsa").build(), new JWTClaimsSet.Builder()
                .issuer(issuer).audience(audience).subject("f2a1c7e0").claim("bsn", "999993653")
                .claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build(), keys.rsa);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

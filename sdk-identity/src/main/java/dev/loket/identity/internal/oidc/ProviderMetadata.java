package dev.loket.identity.internal.oidc;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the broker's discovery document says: its endpoints and keys. The issuer in the document
 * must be the configured one (OpenID Connect Discovery 1.0, section 4.3), so a document served from
 * elsewhere cannot redirect logins or key fetches.
 */
public record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                               Optional<URI> endSessionEndpoint, List<String> codeChallengeMethods) {

    /** The document at {@code discovery}, checked against {@code issuer}. */
    public static ProviderMetadata discover(HttpClient http, URI discovery, String issuer) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading " + discovery, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("Discovery at " + discovery + " answered " + response.statusCode());
        }
        return parse(response.body(), issuer);
    }

    static ProviderMetadata parse(String json, String issuer) throws IOException {
        try {
            Map<String, Object> doc = JSONObjectUtils.parse(json);
            String found = JSONObjectUtils.getString(doc, "issuer");
            if (!issuer.equals(found)) {
                throw new IOException("Discovery names issuer " + found + ", not the configured " + issuer);
            }
            List<String> methods = Optional.ofNullable(JSONObjectUtils.getStringList(doc, "code_challenge_methods_supported"))
                    .orElse(List.of());
            return new ProviderMetadata(found, uri(doc, "authorization_endpoint"), uri(doc, "token_endpoint"),
                    uri(doc, "jwks_uri"), Optional.ofNullable(JSONObjectUtils.getURI(doc, "end_session_endpoint")), methods);
        } catch (ParseException e) {
            throw new IOException("The discovery document is not valid: " + e.getMessage(), e);
        }
    }

    private static URI uri(Map<String, Object> doc, String name) throws ParseException, IOException {
        URI uri = JSONObjectUtils.getURI(doc, name);
        if (uri == null) {
            throw new IOException("The discovery document has no " + name);
        }
        return uri;
    }
}

package dev.loket.identity.it;

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

/** Keycloak's admin REST API, for what the tests change: the realm's signing keys. */
final class KeycloakAdmin {

    private final HttpClient client = HttpClient.newHttpClient();
    private final Keycloak keycloak;

    KeycloakAdmin(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * Rotates the realm's RSA key as an operator does: a new generated key with a higher priority
     * (new tokens are signed with it), then the old one disabled (it leaves the published key set).
     */
    void rotateRsaKey() throws IOException, InterruptedException, ParseException {
        String token = token();
        String realmId = JSONObjectUtils.getString(JSONObjectUtils.parse(send(token, "GET", "/admin/realms/" + Keycloak.REALM, null)), "id");
        List<Object> providers = com.nimbusds.jose.util.JSONArrayUtils.parse(send(token, "GET",
                "/admin/realms/" + Keycloak.REALM + "/components?type=org.keycloak.keys.KeyProvider", null));
        send(token, "POST", "/admin/realms/" + Keycloak.REALM + "/components", """
                {"name":"rsa-rotated","providerId":"rsa-generated","providerType":"org.keycloak.keys.KeyProvider",
                 "parentId":"%s","config":{"priority":["500"],"enabled":["true"],"active":["true"],"algorithm":["RS256"],"keySize":["2048"]}}
                """.formatted(realmId));
        for (Object provider : providers) {
            @SuppressWarnings("unchecked")
            Map<String, Object> component = (Map<String, Object>) provider;
            if ("rsa-generated".equals(component.get("providerId"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> config = (Map<String, Object>) component.get("config");
                config.put("enabled", List.of("false"));
                config.put("active", List.of("false"));
                send(token, "PUT", "/admin/realms/" + Keycloak.REALM + "/components/" + component.get("id"),
                        JSONObjectUtils.toJSONString(component));
            }
        }
    }

    private String token() throws IOException, InterruptedException, ParseException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(keycloak.base.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + Keycloak.ADMIN
                        + "&password=" + Keycloak.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Admin login answered " + response.statusCode() + ": " + response.body());
        }
        return JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "access_token");
    }

    private String send(String token, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(keycloak.base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

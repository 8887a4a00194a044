package dev.loket.identity.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser for Keycloak's login pages: keeps Keycloak's cookies, follows its
 * redirects, fills in the login form it shows (user name and password, or the password again for
 * a higher level), and stops at the first redirect back to the relying party.
 */
final class KeycloakBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern LOGOUT_FORM = Pattern.compile("<form[^>]*action=\"([^\"]*logout[^\"]*)\"", Pattern.DOTALL);
    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern ACTION_FIRST = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", Pattern.DOTALL);

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** What happened on the way back: where Keycloak sent us, and how many login forms it showed. */
    record Return(URI location, int formsShown) {
    }

    /** Goes to {@code start} and logs in as the user until Keycloak sends the browser to an address starting with {@code backTo}. */
    Return logIn(URI start, String user, String password, String backTo) throws IOException, InterruptedException {
        HttpResponse<String> response = get(start);
        int forms = 0;
        for (int hop = 0; hop < 20; hop++) {
            if (response.statusCode() / 100 == 3) {
                URI location = start.resolve(response.headers().firstValue("Location").orElseThrow());
                if (location.toString().startsWith(backTo)) {
                    return new Return(location, forms);
                }
                response = get(location);
            } else if (response.statusCode() == 200 && action(response.body()) != null) {
                forms++;
                String body = response.body();
                Map<String, String> fields = body.contains("name=\"username\"")
                        ? Map.of("username", user, "password", password, "credentialId", "")
                        : Map.of("password", password, "credentialId", "");
                response = post(URI.create(action(body)), fields);
            } else {
                throw new AssertionError("Keycloak answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(2000, response.body().length())));
            }
        }
        throw new AssertionError("Too many hops on the way back to " + backTo);
    }

    /** Follows redirects from {@code start} until one leads to {@code backTo}, without any login form. */
    URI follow(URI start, String backTo) throws IOException, InterruptedException {
        HttpResponse<String> response = get(start);
        for (int hop = 0; hop < 10; hop++) {
            if (response.statusCode() / 100 != 3) {
                throw new AssertionError("Expected a redirect, got " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(1000, response.body().length())));
            }
            URI location = start.resolve(response.headers().firstValue("Location").orElseThrow());
            if (location.toString().startsWith(backTo)) {
                return location;
            }
            response = get(location);
        }
        throw new AssertionError("Too many hops");
    }

    /**
     * Goes to a logout request without an ID token as hint: Keycloak then asks the person to confirm
     * on a page of its own; this presses its button and follows the redirects back to {@code backTo}.
     */
    URI logOutConfirming(URI start, String backTo) throws IOException, InterruptedException {
        HttpResponse<String> page = get(start);
        if (page.statusCode() != 200) {
            throw new AssertionError("Expected Keycloak's logout confirmation, got " + page.statusCode());
        }
        Matcher action = LOGOUT_FORM.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("No logout confirmation form: " + page.body().substring(0, Math.min(2000, page.body().length())));
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put("confirmLogout", "Logout");
        HttpResponse<String> response = post(start.resolve(action.group(1).replace("&amp;", "&")), fields);
        for (int hop = 0; hop < 10; hop++) {
            if (response.statusCode() / 100 != 3) {
                throw new AssertionError("Expected a redirect, got " + response.statusCode());
            }
            URI location = start.resolve(response.headers().firstValue("Location").orElseThrow());
            if (location.toString().startsWith(backTo)) {
                return location;
            }
            response = get(location);
        }
        throw new AssertionError("Too many hops");
    }

    /**
     * Keycloak marks its cookies {@code Secure} (and {@code SameSite=None}), which Java's cookie
     * manager then never sends over plain HTTP; on one loopback host every cookie simply goes back.
     */
    private static final class LoopbackCookies extends java.net.CookieHandler {
        private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) {
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", java.util.List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        for (java.net.HttpCookie cookie : java.net.HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }
    }

    private static String action(String html) {
        Matcher m = FORM_ACTION.matcher(html);
        if (!m.find()) {
            m = ACTION_FIRST.matcher(html);
            if (!m.find()) {
                return null;
            }
        }
        return m.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

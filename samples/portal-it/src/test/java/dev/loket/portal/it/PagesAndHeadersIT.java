package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The landing page, the language switch with its CSRF protection, and the headers on every response. */
class PagesAndHeadersIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void showsTheLandingPageInDutchByDefaultAndInEnglishOnRequest() {
        HttpResponse<String> dutch = Portal.get("/");
        HttpResponse<String> english = Portal.get("/", "Accept-Language", "en-US,en;q=0.8");

        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body()).contains("<html lang=\"nl\">").contains("Eén loket voor de hele overheid")
                .contains("class=\"utrecht-heading-1\"").contains("/assets/loket/tokens.css");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("One counter for all of government");
        assertThat(Portal.get("/?lang=en").body()).contains("<html lang=\"en\">");
    }

    @Test
    void servesTheDesignTokensAsCss() {
        HttpResponse<String> tokens = Portal.get("/assets/loket/tokens.css");

        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(tokens.body()).contains("--utrecht-document-color");
        HttpResponse<String> traversal = Portal.get("/assets/loket/..%2F..%2Fmessages.properties");
        assertThat(traversal.statusCode()).isIn(400, 404);
        assertThat(traversal.body()).doesNotContain("problem.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/assets/loket/loket.css", "/api/checks/bsn", "/no/such/page"})
    void protectsEveryResponseOfLoketWithSecurityHeaders(String path) {
        HttpResponse<String> response = Portal.get(path);

        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/metrics", "/openapi"})
    void protectsLibertysOwnEndpointsToo(String path) {
        HttpResponse<String> response = Portal.get(path);

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void sendsHstsOverHttps() throws Exception {
        HttpClient trusting = HttpClient.newBuilder().sslContext(trustEverything()).build();

        HttpResponse<String> response = trusting.send(HttpRequest.newBuilder(Portal.HTTPS.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(response.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("loket-csrf=").containsIgnoringCase("secure"));
    }

    @Test
    void switchesLanguageWithAFormPostThatCarriesTheCsrfToken() {
        HttpResponse<String> home = Portal.get("/");
        String cookie = csrfCookie(home);
        String token = hiddenField(home.body(), "_csrf");
        assertThat(cookie).isEqualTo("loket-csrf=" + token);

        HttpResponse<String> switched = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "_csrf=" + token + "&returnTo=%2F&lang=en", "Cookie", cookie);

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String language = switched.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("loket-lang=")).findFirst().orElseThrow();
        assertThat(language).startsWith("loket-lang=en");
        assertThat(Portal.get("/", "Cookie", "loket-lang=en").body()).contains("<html lang=\"en\">");
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        String cookie = csrfCookie(Portal.get("/"));

        HttpResponse<String> forged = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "returnTo=%2F&lang=en", "Cookie", cookie, "Accept-Language", "en");
        HttpResponse<String> crossSite = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "_csrf=" + "A".repeat(43) + "&lang=en");

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(Portal.json(forged).get("type").asText()).isEqualTo("https://loket.dev/problems/csrf");
        assertThat(Portal.json(forged).get("detail").asText()).contains("reload the page");
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAFormPostWithSomeoneElsesToken() {
        String cookie = csrfCookie(Portal.get("/"));
        String otherToken = hiddenField(Portal.get("/").body(), "_csrf");

        HttpResponse<String> response = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "_csrf=" + otherToken + "&lang=en", "Cookie", cookie,
                "Accept", "text/html", "Accept-Language", "nl");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("<html lang=\"nl\">").contains("Het formulier is verlopen");
    }

    @Test
    void neverRedirectsToAnotherSiteAfterTheLanguageSwitch() {
        HttpResponse<String> home = Portal.get("/");

        HttpResponse<String> switched = Portal.send("POST", "/language", "application/x-www-form-urlencoded",
                "_csrf=" + hiddenField(home.body(), "_csrf") + "&returnTo=%2F%2Fevil.example%2F&lang=en",
                "Cookie", csrfCookie(home));

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).doesNotContain("evil.example"));
    }

    private static String csrfCookie(HttpResponse<String> page) {
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("loket-csrf=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String hiddenField(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    /** The test server has a self-signed development certificate. */
    private static SSLContext trustEverything() throws Exception {
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
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}

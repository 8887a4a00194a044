package dev.loket.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser without a browser: keeps cookies, repeats the CSRF token in every form it posts, and
 * does not follow redirects, so tests see where the portal sends people.
 */
final class WebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern REVISION_FIELD = Pattern.compile("name=\"_revision\" value=\"(\\d+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final URI base;
    private final String language;
    private final List<String> extraHeaders = new ArrayList<>();
    private String lastPage = "";

    /** A browser on the portal's plain HTTP address, as citizens' tests use it. */
    WebSession(String language) {
        this(language, Portal.BASE);
    }

    private WebSession(String language, URI base) {
        this.language = language;
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        if (base.getScheme().equals("https")) {
            builder.sslContext(Portal.trustingTheTestCertificate());
        }
        this.client = builder.build();
    }

    /** A browser on the portal's HTTPS address (the counter is only there), trusting the test server's certificate. */
    static WebSession overHttps(String language) {
        return new WebSession(language, Portal.HTTPS);
    }

    /** Sends these headers with every request, e.g. a counter employee's Authorization. */
    WebSession withHeader(String name, String value) {
        extraHeaders.add(name);
        extraHeaders.add(value);
        return this;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() < 300) {
            lastPage = response.body();
        }
        return response;
    }

    /** Posts a form as the last page would: with its CSRF token and revision, and these fields. */
    HttpResponse<String> post(String path, Map<String, List<String>> fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add(pair("_csrf", csrfToken()));
        Matcher revision = REVISION_FIELD.matcher(lastPage);
        if (revision.find() && !fields.containsKey("_revision")) {
            pairs.add(pair("_revision", revision.group(1)));
        }
        fields.forEach((name, values) -> values.forEach(v -> pairs.add(pair(name, v))));
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
        if (response.statusCode() < 300 || response.statusCode() == 422) {
            lastPage = response.body();
        }
        return response;
    }

    /**
     * Posts a page with a file as a browser does ({@code multipart/form-data}, with its CSRF token and
     * revision as fields), with these extra headers; a browser adds {@code Sec-Fetch-Site} itself.
     */
    HttpResponse<String> postWithFile(String path, Map<String, List<String>> fields, String fileField, String fileName,
                                      String type, byte[] content, String... headers) {
        String boundary = "loket" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        all.put("_csrf", List.of(csrfToken()));
        Matcher revision = REVISION_FIELD.matcher(lastPage);
        if (revision.find()) {
            all.put("_revision", List.of(revision.group(1)));
        }
        all.putAll(fields);
        all.forEach((name, values) -> values.forEach(v -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + v + "\r\n")));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() < 300 || response.statusCode() == 422) {
            lastPage = response.body();
        }
        return response;
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Follows a redirect as a browser would. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No redirect: " + redirect.statusCode() + " " + redirect.body()));
        return get(URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                : "?" + URI.create(location).getRawQuery()));
    }

    /** Keeps a cookie as if the portal had set it, e.g. one left behind in a shared browser. */
    WebSession withCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookies.getCookieStore().add(Portal.BASE, cookie);
        return this;
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return fields;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()).orElse("");
    }

    private String csrfToken() {
        Matcher field = CSRF_FIELD.matcher(lastPage);
        if (field.find()) {
            return field.group(1);
        }
        String cookie = cookie("loket-csrf");
        if (cookie == null) {
            get("/");
            return cookie("loket-csrf");
        }
        return cookie;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").header("Accept-Language", language);
        if (!extraHeaders.isEmpty()) {
            builder.headers(extraHeaders.toArray(String[]::new));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }
}

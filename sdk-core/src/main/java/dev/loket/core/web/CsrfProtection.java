package dev.loket.core.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import jakarta.annotation.Priority;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Protects HTML form posts against cross-site request forgery with a double-submit token: a random
 * value in a {@code SameSite=Lax} cookie that every page repeats in a hidden field
 * ({@value #FIELD}) or, for scripts, in the {@value #HEADER} header. A forged request from another
 * site cannot read the cookie, so it cannot repeat it.
 *
 * <p>Only requests a browser can send cross-site without asking are checked: unsafe methods with a
 * form or plain-text body, or with no body but with cookies. JSON APIs are safe by construction
 * (a cross-site JSON post needs a CORS preflight that Loket never grants).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfProtection implements ContainerRequestFilter {

    /** Hidden form field that carries the token. */
    public static final String FIELD = "_csrf";
    /** Request header that carries the token, for scripts. */
    public static final String HEADER = "X-CSRF-Token";
    /** Cookie that holds the token. */
    public static final String COOKIE = "loket-csrf";

    /** Forms larger than this are refused before they are read into memory. */
    static final int MAX_FORM_BYTES = 1 << 20;

    private static final String NEW_TOKEN = CsrfProtection.class.getName() + ".new-token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || !browserCanForge(request)) {
            return;
        }
        Optional<String> expected = Optional.ofNullable(request.getCookies().get(COOKIE))
                .map(jakarta.ws.rs.core.Cookie::getValue)
                .filter(v -> TOKEN_FORMAT.matcher(v).matches());
        Optional<String> presented = Optional.ofNullable(request.getHeaderString(HEADER))
                .or(() -> formField(request));
        if (expected.isEmpty() || presented.isEmpty() || !sameToken(expected.get(), presented.get())) {
            throw new LoketException(ProblemType.CSRF, Message.of(Message.CORE_BUNDLE, "problem.csrf.detail"));
        }
    }

    private static boolean browserCanForge(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null) {
            return !request.getCookies().isEmpty();
        }
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    /** Reads the token from a url-encoded form and puts the body back for the resource. */
    private static Optional<String> formField(ContainerRequestContext request) {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return Optional.empty();
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (body.length > MAX_FORM_BYTES) {
            throw new LoketException(ProblemType.PAYLOAD_TOO_LARGE,
                    Message.of(Message.CORE_BUNDLE, "problem.payload-too-large.detail"));
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && FIELD.equals(pair.substring(0, eq))) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameToken(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The token that a page rendered for this request must carry: the browser's own, or a new one
     * (then {@link #newCookie(HttpServletRequest)} has a cookie to send with the page).
     */
    public static String tokenFor(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && TOKEN_FORMAT.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        Object issued = request.getAttribute(NEW_TOKEN);
        if (issued instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NEW_TOKEN, token);
        return token;
    }

    /** The cookie to set when {@link #tokenFor} issued a new token during this request. */
    public static Optional<NewCookie> newCookie(HttpServletRequest request) {
        return Optional.ofNullable(request.getAttribute(NEW_TOKEN))
                .map(token -> new NewCookie.Builder(COOKIE)
                        .value((String) token)
                        .path(contextPath(request))
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .sameSite(NewCookie.SameSite.LAX)
                        .build());
    }

    static String contextPath(HttpServletRequest request) {
        String path = request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}

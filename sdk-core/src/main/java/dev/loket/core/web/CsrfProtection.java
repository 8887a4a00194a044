package dev.loket.core.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Protects HTML form posts against cross-site request forgery with a double-submit token: a random
 * value in a {@code SameSite=Lax} cookie that every page repeats in a hidden field ({@value #FIELD})
 * or, for scripts, in the {@value #HEADER} header. A forged request from another site cannot read
 * the cookie, so it cannot repeat it.
 *
 * <p>Every unsafe request a browser can send cross-site without asking is checked: one with a form
 * or plain-text body, or with no body but with something the browser adds by itself (cookies,
 * Basic credentials, a container login); and every unsafe request with Basic or container-login
 * credentials, whatever its body, because a browser repeats those to any site that asks (the
 * counter's employees log in so). JSON APIs called with a bearer token or without credentials are
 * safe by construction (a cross-site JSON post needs a CORS preflight that Loket never grants, and
 * a browser never adds a bearer token by itself).
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
    /** Forms with files larger than this are refused before they are read. */
    static final long MAX_UPLOAD_BYTES = 64L << 20;

    /** Container logins whose credentials a browser repeats by itself (jakarta.ws.rs.core.SecurityContext). */
    private static final Set<String> AMBIENT_LOGINS = Set.of(SecurityContext.BASIC_AUTH, SecurityContext.FORM_AUTH,
            SecurityContext.DIGEST_AUTH, SecurityContext.CLIENT_CERT_AUTH);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !browserCanForge(request)) {
            return;
        }
        if (request.getHeaderString(HEADER) == null && isMultipart(request)) {
            checkMultipart(request);
            return;
        }
        Optional<String> expected = tokenOf(request.getCookies());
        Optional<String> presented = Optional.ofNullable(request.getHeaderString(HEADER))
                .or(() -> formField(request));
        if (expected.isEmpty() || presented.isEmpty() || !sameToken(expected.get(), presented.get())) {
            throw new LoketException(ProblemType.CSRF, Message.of(Message.CORE_BUNDLE, "problem.csrf.detail"));
        }
    }

    private static boolean browserCanForge(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        boolean containerLogin = security != null && security.getUserPrincipal() != null
                && AMBIENT_LOGINS.contains(String.valueOf(security.getAuthenticationScheme()).toUpperCase(Locale.ROOT));
        return browserCanForge(request.getMediaType(), !request.getCookies().isEmpty(),
                request.getHeaderString(HttpHeaders.AUTHORIZATION), containerLogin);
    }

    /**
     * Whether a browser could have sent an unsafe request like this one on another site's behalf,
     * with the credentials it keeps for this site.
     *
     * @param type the body's type, or {@code null} without a body
     * @param cookies whether the request carries cookies
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param containerLogin whether the container logged the caller in from credentials a browser
     *        keeps by itself (Basic, form login, its session or single sign-on cookie)
     */
    static boolean browserCanForge(MediaType type, boolean cookies, String authorization, boolean containerLogin) {
        if (containerLogin || ambient(authorization)) {
            return true;
        }
        if (type == null) {
            return cookies;
        }
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    /** Credentials a browser caches and repeats by itself: anything but a bearer token, which a script must add. */
    private static boolean ambient(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return false;
        }
        String scheme = authorization.strip().split("\\s+", 2)[0];
        return !scheme.equalsIgnoreCase("Bearer");
    }

    /**
     * The token from a url-encoded form, through the servlet's parsed parameters: the resource's
     * {@code @FormParam}s are served from the same parse (see this module's web-fragment.xml).
     */
    private Optional<String> formField(ContainerRequestContext request) {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return Optional.empty();
        }
        if (request.getLength() > MAX_FORM_BYTES) {
            throw new LoketException(ProblemType.PAYLOAD_TOO_LARGE,
                    Message.of(Message.CORE_BUNDLE, "problem.payload-too-large.detail"));
        }
        return Optional.ofNullable(servletRequest.getParameter(FIELD));
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        return request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /**
     * A form with files carries its token inside the body, which the resource reads (and checks with
     * {@link #matches}); here the browser's own word on where the form came from must agree: the
     * {@code Sec-Fetch-Site} header, or else the {@code Origin}, which browsers send with every post.
     */
    private static void checkMultipart(ContainerRequestContext request) {
        if (request.getLength() > MAX_UPLOAD_BYTES) {
            throw new LoketException(ProblemType.PAYLOAD_TOO_LARGE,
                    Message.of(Message.CORE_BUNDLE, "problem.payload-too-large.detail"));
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        URI self = request.getUriInfo().getBaseUri();
        boolean sameOrigin = site != null ? site.equals("same-origin")
                : origin != null && origin.equalsIgnoreCase(self.getScheme() + "://" + self.getRawAuthority());
        if (!sameOrigin) {
            throw new LoketException(ProblemType.CSRF, Message.of(Message.CORE_BUNDLE, "problem.csrf.detail"));
        }
    }

    /** Whether {@code presented} (from a form's {@value #FIELD} field) is the browser's token. */
    public static boolean matches(Map<String, Cookie> cookies, String presented) {
        return presented != null && tokenOf(cookies).map(expected -> sameToken(expected, presented)).orElse(false);
    }

    private static boolean sameToken(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The browser's token, if it sent a well-formed one. */
    public static Optional<String> tokenOf(Map<String, Cookie> cookies) {
        return Optional.ofNullable(cookies.get(COOKIE))
                .map(Cookie::getValue)
                .filter(v -> TOKEN_FORMAT.matcher(v).matches());
    }

    /** A fresh token, for a browser that has none yet. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that gives a browser its token. */
    public static NewCookie cookie(String token, UriInfo uri) {
        return new NewCookie.Builder(COOKIE)
                .value(token)
                .path(uri.getBaseUri().getPath())
                .httpOnly(true)
                .secure(Requests.isHttps(uri))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}

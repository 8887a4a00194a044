package dev.loket.portal.counter;

import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.web.ClientAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The counter employees' login: HTTP Basic over HTTPS only, checked against the server's user
 * registry ({@code HttpServletRequest.login}), with wrong passwords throttled per user name and per
 * client address ({@link LoginThrottle}). A locked name or address gets a 429 with
 * {@code Retry-After}, whether the name exists or not.
 *
 * <p>Why not the container's own BASIC login: Liberty checks it before any filter runs and has no
 * lockout for its user registries, so wrong passwords could be tried without end. The container
 * still sends plain HTTP to HTTPS (the {@code CONFIDENTIAL} constraint in web.xml); this filter
 * refuses what is left over plain HTTP as well, and the pages check the role {@code employee} themselves.
 */
@WebFilter(urlPatterns = {"/counter", "/counter/*"})
public class CounterLogin extends HttpFilter {

    static final String MAX_FAILURES_PER_USER = "loket.counter.login.max-failures-per-user";
    static final String MAX_FAILURES_PER_CLIENT = "loket.counter.login.max-failures-per-client";
    static final String LOCKOUT = "loket.counter.login.lockout";
    private static final String REALM = "Basic realm=\"Loket balie\", charset=\"UTF-8\"";
    private static final String BUNDLE = "dev.loket.portal.counter.messages";
    private static final Logger LOG = Logger.getLogger(CounterLogin.class.getName());

    private LoginThrottle throttle;
    private ClientAddresses clients;

    @Override
    public void init(FilterConfig filterConfig) {
        Config config = ConfigProvider.getConfig();
        throttle = new LoginThrottle(
                config.getOptionalValue(MAX_FAILURES_PER_USER, Integer.class).orElse(5),
                config.getOptionalValue(MAX_FAILURES_PER_CLIENT, Integer.class).orElse(20),
                config.getOptionalValue(LOCKOUT, String.class).map(Duration::parse).orElse(Duration.ofMinutes(15)),
                Clock.systemUTC());
        clients = ClientAddresses.fromConfig();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isSecure()) {
            answer(request, response, HttpServletResponse.SC_FORBIDDEN, "counter.login.https-only");
            return;
        }
        Optional<String[]> basic = basicCredentials(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            response.setHeader("WWW-Authenticate", REALM);
            answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "counter.login.required");
            return;
        }
        String user = basic.get()[0];
        String client = clients.of(request);
        Duration wait = throttle.waitBefore(user, client);
        if (!wait.isZero()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            answer(request, response, 429, "counter.login.locked");
            return;
        }
        if (!loggedIn(request, user, basic.get()[1])) {
            throttle.failed(user, client);
            // No name in the log: a password typed in the name field must not end up there.
            LOG.info(() -> "Counter login refused from " + client);
            response.setHeader("WWW-Authenticate", REALM);
            answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "counter.login.required");
            return;
        }
        throttle.succeeded(user);
        chain.doFilter(request, response);
    }

    private static boolean loggedIn(HttpServletRequest request, String user, String password) {
        if (request.getUserPrincipal() != null && request.getUserPrincipal().getName().equals(user)) {
            return true;
        }
        try {
            request.login(user, password);
            return true;
        } catch (ServletException wrong) {
            return false;
        }
    }

    /** User name and password of an {@code Authorization: Basic} header; empty for anything else. */
    static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    /** A short page in the employee's language (or a problem for scripts); the same for every name. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Language language = Optional.ofNullable(request.getHeader("Accept-Language"))
                .flatMap(accepted -> Language.fromTag(accepted.split(",")[0].split(";")[0])).orElse(Language.NL);
        String title = Message.of(BUNDLE, key + ".title").in(language);
        String detail = Message.of(BUNDLE, key + ".detail").in(language);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        String accept = Optional.ofNullable(request.getHeader("Accept")).orElse("");
        if (accept.contains("text/html")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\"><title>"
                    + title + "</title></head><body><main><h1>" + title + "</h1><p>" + detail + "</p></main></body></html>");
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            URI type = URI.create("https://loket.dev/problems/counter/" + key.substring("counter.login.".length()));
            Json.mapper().writeValue(response.getWriter(),
                    new Problem(type, title, status, detail, request.getRequestURI(), null, List.of()));
        }
    }
}

package dev.loket.identity.internal.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.CsrfProtection;
import dev.loket.core.web.Page;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.LoginFailedException;
import dev.loket.identity.LoginFailure;
import dev.loket.identity.RelyingParty;
import dev.loket.identity.web.LogoutCookies;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The login endpoints of any application that embeds sdk-identity: {@code /auth/login} (with an
 * optional {@code level} for a step-up and a {@code return} path), {@code /auth/callback} where the
 * broker sends the browser back, and {@code /auth/logout}: a page with a logout button (GET), and the
 * logout itself (POST, with the CSRF token like every form, so another site cannot log people out).
 * They answer 404 when login is not configured.
 */
@Path("auth")
public class LoginResource {

    /** Only paths inside this application: never another host, so the login is no open redirect. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final int LOGIN_STATE_SECONDS = 600;

    @Inject
    IdentityRuntime runtime;

    @Inject
    Instance<LogoutCookies> logoutCookies;

    @Context
    UriInfo uri;

    @GET
    @Path("login")
    public Response login(@QueryParam("level") String level, @QueryParam("return") String returnTo,
                          @CookieParam(RelyingParty.SESSION_COOKIE) String session) {
        RelyingParty party = party();
        Optional<LevelOfAssurance> required = parseLevel(level);
        RelyingParty.Start start = party.start(redirectUri(party), local(returnTo), required, Optional.ofNullable(session));
        return Response.seeOther(start.location())
                .cookie(cookie(RelyingParty.LOGIN_STATE_COOKIE, start.loginState(), LOGIN_STATE_SECONDS, callbackPath()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("callback")
    public Response callback(@CookieParam(RelyingParty.LOGIN_STATE_COOKIE) String loginState) {
        RelyingParty party = party();
        Map<String, String> params = new HashMap<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        query.forEach((name, values) -> {
            if (values.size() == 1) {
                params.put(name, values.get(0));
            }
        });
        NewCookie clearState = cookie(RelyingParty.LOGIN_STATE_COOKIE, "", 0, callbackPath());
        RelyingParty.Completed done;
        try {
            done = party.complete(params, Optional.ofNullable(loginState));
        } catch (LoginFailedException e) {
            if (e.reason() != LoginFailure.PERSON_CHANGED) {
                throw e;
            }
            // The session that was open is revoked; everything of it leaves the browser too, and the
            // person reads why instead of finding themselves logged in as someone else.
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Page.of("identity/person-changed"))
                    .cookie(endOfSession().toArray(NewCookie[]::new))
                    .header("Cache-Control", "no-store").build();
        }
        int seconds = (int) party.settings().sessionLength().toSeconds();
        return Response.seeOther(URI.create(basePath().replaceAll("/$", "") + done.returnTo()))
                .cookie(clearState, cookie(RelyingParty.SESSION_COOKIE, done.session(), seconds, basePath()))
                .header("Cache-Control", "no-store").build();
    }

    /** A page with the logout button: a link (or another site) can show it, but only the button logs out. */
    @GET
    @Path("logout")
    @Produces(MediaType.TEXT_HTML)
    public Page logoutPage() {
        party();
        return Page.of("identity/logout");
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(RelyingParty.SESSION_COOKIE) String session) {
        RelyingParty party = party();
        URI afterwards = party.settings().postLogoutUri().orElse(uri.getBaseUri());
        return Response.seeOther(party.logout(Optional.ofNullable(session), afterwards))
                .cookie(endOfSession().toArray(NewCookie[]::new))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Removes every cookie of the login and of the pages it opened: the session, a login in progress,
     * the CSRF token (a new one comes with the next page), and what {@link LogoutCookies} beans name.
     */
    private List<NewCookie> endOfSession() {
        List<NewCookie> removed = new ArrayList<>();
        removed.add(cookie(RelyingParty.SESSION_COOKIE, "", 0, basePath()));
        removed.add(cookie(RelyingParty.LOGIN_STATE_COOKIE, "", 0, callbackPath()));
        removed.add(cookie(CsrfProtection.COOKIE, "", 0, basePath()));
        String base = basePath().replaceAll("/$", "");
        for (LogoutCookies module : logoutCookies) {
            for (LogoutCookies.Named named : module.cookies()) {
                removed.add(cookie(named.name(), "", 0, base + named.path()));
            }
        }
        return removed;
    }

    private RelyingParty party() {
        return runtime.relyingParty().orElseThrow(() -> new LoketException(ProblemType.NOT_FOUND,
                Message.of(Message.CORE_BUNDLE, "problem.not-found.detail")));
    }

    private URI redirectUri(RelyingParty party) {
        return party.settings().redirectUri().orElseGet(() -> uri.getBaseUriBuilder().path("auth/callback").build());
    }

    private static Optional<LevelOfAssurance> parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LevelOfAssurance.valueOf(level.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new LoketException(ProblemType.BAD_REQUEST, Message.of(Message.CORE_BUNDLE, "problem.bad-request.detail"));
        }
    }

    static String local(String returnTo) {
        return returnTo != null && returnTo.length() < 2000 && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
    }

    private String basePath() {
        String path = uri.getBaseUri().getPath();
        return path.isEmpty() ? "/" : path;
    }

    private String callbackPath() {
        return uri.getBaseUriBuilder().path("auth").build().getPath();
    }

    private NewCookie cookie(String name, String value, int maxAge, String path) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                // Lax: the broker's redirect back to the callback is a top-level GET, which carries Lax cookies.
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}

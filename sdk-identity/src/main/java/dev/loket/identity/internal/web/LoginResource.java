package dev.loket.identity.internal.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.RelyingParty;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The login endpoints of any application that embeds sdk-identity: {@code /auth/login} (with an
 * optional {@code level} for a step-up and a {@code return} path), {@code /auth/callback} where the
 * broker sends the browser back, and {@code /auth/logout}. They answer 404 when login is not configured.
 */
@Path("auth")
public class LoginResource {

    /** Only paths inside this application: never another host, so the login is no open redirect. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final int LOGIN_STATE_SECONDS = 600;

    @Inject
    IdentityRuntime runtime;

    @Context
    UriInfo uri;

    @GET
    @Path("login")
    public Response login(@QueryParam("level") String level, @QueryParam("return") String returnTo) {
        RelyingParty party = party();
        Optional<LevelOfAssurance> required = parseLevel(level);
        RelyingParty.Start start = party.start(redirectUri(party), local(returnTo), required);
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
        RelyingParty.Completed done = party.complete(params, Optional.ofNullable(loginState));
        int seconds = (int) party.settings().sessionLength().toSeconds();
        return Response.seeOther(URI.create(basePath().replaceAll("/$", "") + done.returnTo()))
                .cookie(clearState, cookie(RelyingParty.SESSION_COOKIE, done.session(), seconds, basePath()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("logout")
    public Response logoutLink(@CookieParam(RelyingParty.SESSION_COOKIE) String session) {
        return logout(session);
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(RelyingParty.SESSION_COOKIE) String session) {
        RelyingParty party = party();
        URI afterwards = party.settings().postLogoutUri().orElse(uri.getBaseUri());
        return Response.seeOther(party.logout(Optional.ofNullable(session), afterwards))
                .cookie(cookie(RelyingParty.SESSION_COOKIE, "", 0, basePath()))
                .header("Cache-Control", "no-store").build();
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

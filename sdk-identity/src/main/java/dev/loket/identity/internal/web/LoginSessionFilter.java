package dev.loket.identity.internal.web;

import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.Login;
import dev.loket.identity.RelyingParty;
import dev.loket.identity.TokenRejectedException;
import dev.loket.identity.web.CurrentLogin;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Finds the login of each request: a bearer token (API calls) or the session cookie (browsers),
 * and puts it where {@link CurrentLogin} reads it. A bad bearer token is refused with 401 and
 * {@code WWW-Authenticate: Bearer error="invalid_token"}; a bad or ended session cookie just means
 * nobody is logged in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LoginSessionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String BEARER_REFUSED = LoginSessionFilter.class.getName() + ".refused";

    @Inject
    IdentityRuntime runtime;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<RelyingParty> party = runtime.relyingParty();
        if (party.isEmpty()) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Login> login;
        if (isLoginToken(authorization)) {
            try {
                login = Optional.of(party.get().bearer(authorization.substring(7).strip()));
            } catch (TokenRejectedException e) {
                request.setProperty(BEARER_REFUSED, Boolean.TRUE);
                throw e;
            }
        } else {
            Cookie session = request.getCookies().get(RelyingParty.SESSION_COOKIE);
            login = session == null ? Optional.empty() : party.get().session(session.getValue());
        }
        login.ifPresent(l -> {
            request.setProperty(CurrentLogin.ATTRIBUTE, l);
            servletRequest.setAttribute(CurrentLogin.ATTRIBUTE, l);
        });
    }

    /**
     * A bearer token in the JWT's compact form (parts joined by dots). Other bearer credentials in the
     * same application, such as the catalogue's agency API keys, are not logins and are left to whoever
     * issued them; a JWT, forged or not, is always checked here.
     */
    static boolean isLoginToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.indexOf('.', 7) >= 0;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BEARER_REFUSED) != null && response.getStatus() == 401) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        if (request.getProperty(AssuranceFilter.INSUFFICIENT) instanceof LevelOfAssurance level && response.getStatus() == 401) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_user_authentication\", "
                    + "error_description=\"A login at level " + level.name().toLowerCase(java.util.Locale.ROOT) + " or higher is required\"");
        }
    }
}

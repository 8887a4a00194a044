package dev.loket.identity.internal.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.Login;
import dev.loket.identity.web.CurrentLogin;
import dev.loket.identity.web.RequiresAssurance;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Vetoed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Enforces {@link RequiresAssurance} on JAX-RS resources. A browser asking for a page is sent to
 * log in at the level (a step-up when it already has a lower login) and comes back here after; any
 * other request gets 401 with the RFC 9470 challenge, so API clients know to get a stronger token.
 */
@Provider
@RequiresAssurance
@Priority(Priorities.AUTHORIZATION)
// Not a CDI bean: @RequiresAssurance is also an interceptor binding, which would intercept the filter itself.
@Vetoed
public class AssuranceFilter implements ContainerRequestFilter {

    /** Set on a request refused for its level, so the response gets the RFC 9470 challenge. */
    static final String INSUFFICIENT = AssuranceFilter.class.getName() + ".insufficient";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        LevelOfAssurance required = required(resource.getResourceMethod(), resource.getResourceClass());
        Object login = request.getProperty(CurrentLogin.ATTRIBUTE);
        if (login instanceof Login l && l.satisfies(required)) {
            return;
        }
        if (HttpMethod.GET.equals(request.getMethod()) && wantsHtml(request)) {
            String returnTo = request.getUriInfo().getRequestUri().getRawPath()
                    + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery());
            request.abortWith(Response.seeOther(UriBuilder.fromUri(request.getUriInfo().getBaseUri()).path("auth/login")
                    .queryParam("level", required.name().toLowerCase(Locale.ROOT)).queryParam("return", returnTo).build()).build());
            return;
        }
        request.setProperty(INSUFFICIENT, required);
        throw login == null ? AssuranceProblems.notLoggedIn() : AssuranceProblems.tooLow();
    }

    static LevelOfAssurance required(Method method, Class<?> type) {
        RequiresAssurance annotation = method == null ? null : method.getAnnotation(RequiresAssurance.class);
        if (annotation == null && type != null) {
            annotation = type.getAnnotation(RequiresAssurance.class);
        }
        return annotation == null ? LevelOfAssurance.LOW : annotation.value();
    }

    private static boolean wantsHtml(ContainerRequestContext request) {
        return request.getAcceptableMediaTypes().stream().anyMatch(MediaType.TEXT_HTML_TYPE::isCompatible)
                && request.getAcceptableMediaTypes().stream().noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType());
    }

    /** The problems of a missing or too weak login. */
    public static final class AssuranceProblems {
        static final dev.loket.core.ProblemType NOT_LOGGED_IN =
                dev.loket.core.ProblemType.of("identity/not-logged-in", 401, "dev.loket.identity.messages");
        static final dev.loket.core.ProblemType TOO_LOW =
                dev.loket.core.ProblemType.of("identity/assurance-too-low", 401, "dev.loket.identity.messages");

        private AssuranceProblems() {
        }

        public static LoketException notLoggedIn() {
            return new LoketException(NOT_LOGGED_IN, Message.of("dev.loket.identity.messages", "not.logged-in"));
        }

        public static LoketException tooLow() {
            return new LoketException(TOO_LOW, Message.of("dev.loket.identity.messages", "assurance.too-low"));
        }
    }
}

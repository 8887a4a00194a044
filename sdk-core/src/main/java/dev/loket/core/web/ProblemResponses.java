package dev.loket.core.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.TooManyRequests;
import dev.loket.core.Json;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the HTTP edge into an RFC 9457 problem, or into an error page
 * in the person's language when a browser asks for HTML. Known problems ({@link LoketException},
 * JAX-RS client errors, unreadable JSON) are explained; anything else is a bug: it is logged with a
 * fresh correlation id, and the answer is a 500 that carries only that id.
 */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Context
    private Request request;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        try {
            return explain(thrown);
        } catch (RuntimeException failure) {
            // The last line of defence must not fail: without it the container would show its own
            // error page, with a stack trace.
            failure.addSuppressed(thrown);
            String correlationId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, failure, () -> "Error while reporting an error, correlation id " + correlationId);
            return Response.serverError().type(PROBLEM_JSON)
                    .entity("{\"type\":\"" + ProblemType.INTERNAL.type() + "\",\"status\":500,\"correlationId\":\""
                            + correlationId + "\"}")
                    .build();
        }
    }

    private Response explain(Throwable thrown) {
        Language language = languages.of(headers, uri);
        MediaType contentType = headers.getMediaType();
        Problem problem = problemFor(thrown, language, new Attempt(request.getMethod(),
                uri.getRequestUri().getRawPath(), contentType == null ? null : contentType.toString()));
        Response.ResponseBuilder response = Response.status(problem.status())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        if (thrown instanceof NotAllowedException notAllowed) {
            response.allow(notAllowed.getResponse().getAllowedMethods());
        }
        retryAfter(thrown).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        if (wantsHtml()) {
            return response.type(MediaType.TEXT_HTML_TYPE)
                    .entity(Page.of("loket/error").with("problem", problem))
                    .build();
        }
        return response.type(PROBLEM_JSON).entity(json(problem)).build();
    }

    /** The seconds to wait that a {@link TooManyRequests} anywhere in the causes asks for. */
    static Optional<Long> retryAfter(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TooManyRequests tooMany) {
                return Optional.of(tooMany.retryAfterSeconds());
            }
        }
        return Optional.empty();
    }

    /** What the client tried: the facts an explanation may mention. */
    record Attempt(String method, String path, String contentType) {
    }

    /** The problem for any throwable, with every text in the given language. */
    static Problem problemFor(Throwable thrown, Language language, Attempt attempt) {
        String instance = attempt.path();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof LoketException known) {
                return Problem.of(known, language, instance);
            }
            if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return Problem.of(explain(web, attempt), language, instance);
            }
            if (t instanceof JsonProcessingException json) {
                return Problem.of(new LoketException(ProblemType.BAD_REQUEST,
                        core("problem.bad-request.json", json.getOriginalMessage())), language, instance);
            }
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, thrown, () -> "Unexpected error, correlation id " + correlationId + " at " + instance);
        ProblemType internal = ProblemType.INTERNAL;
        return new Problem(internal.type(), internal.title().in(language), internal.status(),
                core("problem.internal.detail", correlationId).in(language), instance, correlationId, List.of());
    }

    private static LoketException explain(WebApplicationException web, Attempt attempt) {
        Response response = web.getResponse();
        if (web instanceof NotFoundException) {
            return new LoketException(ProblemType.NOT_FOUND, core("problem.not-found.detail"));
        }
        if (web instanceof NotAllowedException) {
            return new LoketException(ProblemType.METHOD_NOT_ALLOWED, core("problem.method-not-allowed.detail",
                    attempt.method(), String.join(", ", response.getAllowedMethods())));
        }
        if (web instanceof NotAcceptableException) {
            return new LoketException(ProblemType.NOT_ACCEPTABLE,
                    core("problem.not-acceptable.detail", "application/json, text/html"));
        }
        if (web instanceof NotSupportedException) {
            return new LoketException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    core("problem.unsupported-media-type.detail",
                            String.valueOf(attempt.contentType()), "application/json"));
        }
        int status = response.getStatus();
        if (status == 400) {
            return new LoketException(ProblemType.BAD_REQUEST, core("problem.bad-request.detail"));
        }
        ProblemType other = new ProblemType(URI.create("https://loket.dev/problems/http-" + status), status,
                core("problem.http.title"));
        return new LoketException(other, core("problem.http.detail", status));
    }

    private boolean wantsHtml() {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE) || acceptable.isCompatible(PROBLEM_JSON)) {
                return false;
            }
        }
        return false;
    }

    private static String json(Problem problem) {
        try {
            return Json.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }

    private static Message core(String key, Object... args) {
        return Message.of(Message.CORE_BUNDLE, key, args);
    }
}

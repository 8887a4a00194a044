package dev.loket.core.web;

import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to errors that happen in the servlet container before Loket's JAX-RS application sees
 * the request, such as a path with an encoded dot or slash ({@code /x/%2e/}, {@code /x%2fy}), which
 * Liberty refuses before any filter runs. Without it, Liberty answers with its own error page, which
 * names the class and line that refused the request. This servlet is the error page (see this
 * module's web-fragment.xml): a problem detail without anything about the server; for a client's
 * error (4xx) nothing is logged, for the server's own (5xx) the cause is logged under a fresh
 * correlation id that the answer carries, as {@link ProblemResponses} does.
 */
@WebServlet(ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

    /** Where the web fragment sends the container's errors. */
    static final String PATH = "/loket-container-error";

    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for by its address, it is just an unknown page: nothing to log, no 500 to provoke.
        int status = request.getDispatcherType() != DispatcherType.ERROR ? 404
                : Optional.ofNullable(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                        .filter(Integer.class::isInstance).map(Integer.class::cast)
                        .filter(s -> s >= 400 && s <= 599).orElse(500);
        Language language = Optional.ofNullable(request.getHeader("Accept-Language"))
                .flatMap(accepted -> Language.fromTag(accepted.split(",")[0].split(";")[0])).orElse(Language.NL);
        Problem problem = status >= 500 ? internal(request, status, language) : clientError(status, language);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Json.mapper().writeValue(response.getWriter(), problem);
    }

    private static Problem clientError(int status, Language language) {
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> ProblemType.BAD_REQUEST;
        };
        String detailKey = type.title().key().replace(".title", ".detail");
        return new Problem(type.type(), type.title().in(language), status,
                Message.of(type.title().bundle(), detailKey).in(language), null, null, List.of());
    }

    private static Problem internal(HttpServletRequest request, int status, Language language) {
        String correlationId = UUID.randomUUID().toString();
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, "Error in the servlet container (" + correlationId + ")",
                cause instanceof Throwable t ? t : null);
        ProblemType type = ProblemType.INTERNAL;
        return new Problem(type.type(), type.title().in(language), status,
                Message.of(type.title().bundle(), "problem.internal.detail", correlationId).in(language),
                null, correlationId, List.of());
    }
}

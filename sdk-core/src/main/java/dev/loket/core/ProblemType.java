package dev.loket.core;

import java.net.URI;
import java.util.Objects;

/**
 * A kind of error, as named in the {@code type} member of an RFC 9457 problem detail. The URI is
 * stable: clients may switch on it, and the specification ({@code spec/problem-types.md}) lists
 * every one. Modules declare their own types next to the code that raises them.
 *
 * @param type   the stable identifier, {@code https://loket.dev/problems/<name>}
 * @param status the HTTP status that goes with it
 * @param title  a short, fixed summary for people
 */
public record ProblemType(URI type, int status, Message title) {

    private static final String BASE = "https://loket.dev/problems/";

    public static final ProblemType BAD_REQUEST = core("bad-request", 400);
    public static final ProblemType VALIDATION = core("validation", 400);
    public static final ProblemType CSRF = core("csrf", 403);
    public static final ProblemType NOT_FOUND = core("not-found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = core("method-not-allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = core("not-acceptable", 406);
    public static final ProblemType CONFLICT = core("conflict", 409);
    public static final ProblemType PAYLOAD_TOO_LARGE = core("payload-too-large", 413);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = core("unsupported-media-type", 415);
    public static final ProblemType TOO_MANY_REQUESTS = core("too-many-requests", 429);
    public static final ProblemType INTERNAL = core("internal", 500);
    public static final ProblemType UNAVAILABLE = core("unavailable", 503);

    public ProblemType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem's status is an HTTP error status, not " + status);
        }
    }

    /**
     * A problem type of a module: {@code name} is appended to the Loket problem base URI, and the
     * title is {@code problem.<name>.title} in the module's bundle.
     */
    public static ProblemType of(String name, int status, String bundle) {
        return new ProblemType(URI.create(BASE + name), status, Message.of(bundle, "problem." + name + ".title"));
    }

    private static ProblemType core(String name, int status) {
        return of(name, status, Message.CORE_BUNDLE);
    }
}

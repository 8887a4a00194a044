package dev.loket.core;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail as it is sent: every text already in the reader's language.
 *
 * @param type          the stable problem type URI
 * @param title         short summary of the type
 * @param status        HTTP status
 * @param detail        what went wrong this time, and what to do
 * @param instance      the request path the problem occurred on
 * @param correlationId for 5xx problems: the id under which the cause was logged
 * @param errors        for validation problems: one entry per wrong input
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      String correlationId, List<Error> errors) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }

    /**
     * One wrong input.
     *
     * @param pointer JSON Pointer to the input
     * @param key     the message key, stable for clients that show their own texts
     * @param detail  the message in the reader's language
     */
    public record Error(String pointer, String key, String detail) {
    }

    /** Translates an exception's problem into a language. */
    public static Problem of(LoketException e, Language language, String instance) {
        return new Problem(e.type().type(), e.type().title().in(language), e.type().status(),
                e.detail().in(language), instance, null,
                e.fieldErrors().stream()
                        .map(f -> new Error(f.pointer(), f.message().key(), f.message().in(language)))
                        .toList());
    }
}

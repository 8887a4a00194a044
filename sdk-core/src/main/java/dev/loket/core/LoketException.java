package dev.loket.core;

import java.util.List;
import java.util.Objects;

/**
 * An error that a person or client can do something about. It says what kind of problem this is
 * and explains it in words that are translated at the edge, in the reader's language. Anything
 * else that escapes to the edge is treated as a bug in Loket: logged, and answered with a 500
 * that reveals nothing.
 */
public class LoketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemType type;
    private final transient Message detail;
    private final transient List<FieldError> fieldErrors;

    public LoketException(ProblemType type, Message detail) {
        this(type, detail, List.of(), null);
    }

    public LoketException(ProblemType type, Message detail, List<FieldError> fieldErrors) {
        this(type, detail, fieldErrors, null);
    }

    public LoketException(ProblemType type, Message detail, List<FieldError> fieldErrors, Throwable cause) {
        // The log message is in English: logs are read by operators, pages by citizens.
        super(detail.in(Language.EN), cause);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    /** The inputs that are wrong; empty when the problem is not about particular inputs. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

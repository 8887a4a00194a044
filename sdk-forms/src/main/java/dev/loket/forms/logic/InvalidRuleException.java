package dev.loket.forms.logic;

/**
 * A JSON Logic rule that cannot be compiled: an unknown operator, an operator object with more than one
 * key, or an operator with arguments that json-logic-js could not evaluate either.
 *
 * <p>The {@link #pointer()} says where in the rule the problem is, as an RFC 6901 JSON pointer, so an
 * editor can highlight it.
 */
public final class InvalidRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * @param problem what is wrong, in English, without the location
     * @param pointer RFC 6901 JSON pointer into the rule; {@code ""} for the whole rule
     */
    public InvalidRuleException(String problem, String pointer) {
        super(problem + " (at " + (pointer.isEmpty() ? "the root of the rule" : pointer) + ")");
        this.pointer = pointer;
    }

    /**
     * The place of the problem in the rule.
     *
     * @return an RFC 6901 JSON pointer, {@code ""} for the root, e.g. {@code /and/1/var}
     */
    public String pointer() {
        return pointer;
    }
}

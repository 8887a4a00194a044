package dev.loket.consent;

import java.util.List;

/**
 * A purpose registry that cannot be used. It lists every problem found, not just the first, so an
 * operator can fix the file in one go; each problem says where it is ({@code purposes[2].basis}).
 */
public final class InvalidPurposeRegistryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidPurposeRegistryException(String source, List<String> problems) {
        super("The purpose registry " + source + " has " + problems.size() + " problem(s):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each naming the place in the file. */
    public List<String> problems() {
        return problems;
    }
}

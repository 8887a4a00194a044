package dev.loket.forms.definition;

import java.util.List;
import java.util.stream.Collectors;

/** A form definition with problems: all of them, not just the first, so an author fixes them in one go. */
public class InvalidDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(problems.size() + " problem(s) in the form definition:\n"
                + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}

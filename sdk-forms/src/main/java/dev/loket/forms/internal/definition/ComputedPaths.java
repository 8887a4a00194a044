package dev.loket.forms.internal.definition;

/**
 * Which value a rule's variable names, as the path of a computed component: the parser checks the
 * computed values for cycles and the evaluator orders them, and both must read variables alike.
 */
public final class ComputedPaths {

    private ComputedPaths() {
    }

    /**
     * The data path a variable reads: {@code key} for {@code key.more}, and inside a repeating
     * group {@code group.key} for {@code row.key.more}.
     *
     * @param group the key of the repeating group the rule is in; empty at the top level
     */
    public static String target(String variable, String group) {
        if (variable.startsWith("row.") && !group.isEmpty()) {
            return group + "." + variable.substring(4).split("\\.")[0];
        }
        return variable.split("\\.")[0];
    }
}

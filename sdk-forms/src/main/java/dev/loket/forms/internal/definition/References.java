package dev.loket.forms.internal.definition;

import dev.loket.forms.definition.Condition;
import dev.loket.forms.definition.DefinitionProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that need the whole form: every variable a rule reads must be a component's key,
 * and computed values must not depend on each other in a circle. Collected while parsing, checked
 * at the end, so that a rule may refer to a component defined later.
 */
final class References {

    private record Use(String pointer, Condition condition, Scope scope) {
    }

    private record Computed(String pointer, Condition condition) {
    }

    private final List<Use> uses = new ArrayList<>();
    private final Map<String, Computed> computed = new LinkedHashMap<>();

    void use(String pointer, Condition condition, Scope scope) {
        uses.add(new Use(pointer, condition, scope));
    }

    void computed(String path, String pointer, Condition condition) {
        computed.put(path, new Computed(pointer, condition));
    }

    void check(List<DefinitionProblem> problems) {
        for (Use use : uses) {
            for (String variable : use.condition().rule().variables()) {
                if (!resolves(variable, use.scope())) {
                    problems.add(new DefinitionProblem(use.pointer(), "unknown-reference",
                            "The rule refers to \"" + variable + "\", but no component has that key"));
                }
            }
        }
        cycles(problems);
    }

    /** {@code key...} at the top level, or {@code row.key...} inside a repeating group; {@code ""} is all data. */
    private static boolean resolves(String variable, Scope scope) {
        if (variable.isEmpty()) {
            return true;
        }
        String[] segments = variable.split("\\.");
        if (segments[0].equals("row") && !scope.isTop()) {
            return segments.length == 1 || scope.declares(segments[1]);
        }
        return scope.top().declares(segments[0]);
    }

    private void cycles(List<DefinitionProblem> problems) {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String path : computed.keySet()) {
            visit(path, state, new ArrayList<>(), problems);
        }
    }

    private void visit(String path, Map<String, Integer> state, List<String> trail, List<DefinitionProblem> problems) {
        Integer seen = state.get(path);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(path), trail.size()));
            cycle.add(path);
            problems.add(new DefinitionProblem(computed.get(path).pointer() + "/compute", "computed-cycle",
                    "Computed values depend on each other in a circle: " + String.join(" -> ", cycle)));
            return;
        }
        state.put(path, 1);
        trail.add(path);
        for (String dependency : dependencies(path)) {
            visit(dependency, state, trail, problems);
        }
        trail.remove(trail.size() - 1);
        state.put(path, 2);
    }

    /** The computed values that the computed value at {@code path} reads. */
    List<String> dependencies(String path) {
        String prefix = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        List<String> result = new ArrayList<>();
        for (String variable : computed.get(path).condition().rule().variables()) {
            String target = ComputedPaths.target(variable, prefix);
            if (computed.containsKey(target)) {
                result.add(target);
            }
        }
        return result;
    }
}

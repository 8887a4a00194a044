package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.DefinitionProblem;
import dev.loket.forms.definition.FormDefinitions;
import dev.loket.forms.definition.InvalidDefinitionException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the converted definition parse, which is the import's contract. The parser is the judge:
 * for each problem it reports (a rule naming a key that does not exist, an operator Loket lacks,
 * a group left empty), the smallest part at fault is removed and noted — a rule, one validation
 * check, or else the component — and the definition is parsed again, until it passes.
 */
final class DefinitionRepair {

    private static final int ROUNDS = 50;

    private final Map<JsonNode, String> origins;
    private final Notes notes;

    DefinitionRepair(Map<JsonNode, String> origins, Notes notes) {
        this.origins = origins;
        this.notes = notes;
    }

    ObjectNode repair(ObjectNode definition) {
        for (int round = 0; round < ROUNDS; round++) {
            List<DefinitionProblem> problems;
            try {
                FormDefinitions.parse(definition);
                return definition;
            } catch (InvalidDefinitionException e) {
                problems = e.problems();
            }
            Map<JsonNode, Runnable> removals = new IdentityHashMap<>();
            for (DefinitionProblem problem : problems) {
                plan(definition, problem, removals);
            }
            if (removals.isEmpty()) {
                break;
            }
            new ArrayList<>(removals.values()).forEach(Runnable::run);
        }
        // Unreachable for definitions this importer builds; a bug if it happens.
        FormDefinitions.parse(definition);
        return definition;
    }

    /** Finds the innermost component (or step) the problem points into and what to remove from it. */
    private void plan(ObjectNode definition, DefinitionProblem problem, Map<JsonNode, Runnable> removals) {
        String[] segments = problem.pointer().isEmpty() ? new String[0] : problem.pointer().substring(1).split("/");
        JsonNode owner = null;
        ArrayNode ownerList = null;
        int ownerIndex = -1;
        int rest = 0;
        JsonNode node = definition;
        for (int i = 0; i < segments.length; i++) {
            JsonNode next = node.isArray() ? node.path(Integer.parseInt(segments[i])) : node.path(segments[i]);
            if (next.isMissingNode()) {
                break;
            }
            if (node.isArray() && i > 0 && (segments[i - 1].equals("components") || segments[i - 1].equals("steps"))) {
                owner = next;
                ownerList = (ArrayNode) node;
                ownerIndex = Integer.parseInt(segments[i]);
                rest = i + 1;
            }
            node = next;
        }
        if (owner == null) {
            return;
        }
        String origin = origins.getOrDefault(owner, "");
        String property = rest < segments.length ? segments[rest] : "";
        boolean isStep = rest == 2;
        ObjectNode target = (ObjectNode) owner;
        if (property.equals("visibleWhen") || property.equals("required")) {
            removals.putIfAbsent(target.get(property), () -> {
                target.remove(property);
                notes.add(origin, formioName(property), "Rule dropped: " + problem.message());
            });
        } else if (property.equals("validation") && rest + 1 < segments.length) {
            ObjectNode validation = (ObjectNode) target.get("validation");
            String check = segments[rest + 1];
            JsonNode part = check.equals("rules") && rest + 2 < segments.length
                    ? validation.path("rules").path(Integer.parseInt(segments[rest + 2])) : validation.path(check);
            removals.putIfAbsent(part, () -> {
                if (check.equals("rules")) {
                    ArrayNode list = (ArrayNode) validation.get("rules");
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) == part) {
                            list.remove(i);
                        }
                    }
                    if (list.isEmpty()) {
                        validation.remove("rules");
                    }
                } else {
                    validation.remove(check);
                }
                if (validation.isEmpty()) {
                    target.remove("validation");
                }
                notes.add(origin, "validate", "Validation dropped: " + problem.message());
            });
        } else if (!isStep) {
            ArrayNode list = ownerList;
            JsonNode component = owner;
            removals.putIfAbsent(component, () -> {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == component) {
                        list.remove(i);
                    }
                }
                notes.add(origin, "", "Dropped: " + problem.message());
            });
        }
    }

    private static String formioName(String loketProperty) {
        return switch (loketProperty) {
            case "visibleWhen" -> "conditional";
            case "required" -> "validate.required";
            default -> loketProperty;
        };
    }
}

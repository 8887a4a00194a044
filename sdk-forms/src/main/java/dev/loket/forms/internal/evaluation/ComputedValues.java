package dev.loket.forms.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.Step;
import dev.loket.forms.internal.definition.ComputedPaths;
import dev.loket.forms.logic.LogicContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calculates computed components, each after the computed values it reads. The parser has
 * already refused cycles, so a depth-first order exists; it is worked out once per form.
 */
final class ComputedValues {

    /** A computed component and, if it sits in a repeating group, that group. */
    private record Slot(Component component, Component group) {
    }

    private final List<Slot> order = new ArrayList<>();

    ComputedValues(FormDefinition definition) {
        Map<String, Slot> byPath = new LinkedHashMap<>();
        for (Step step : definition.steps()) {
            collect(step.components(), null, byPath);
        }
        List<String> done = new ArrayList<>();
        for (String path : byPath.keySet()) {
            visit(path, byPath, done);
        }
    }

    private static void collect(List<Component> components, Component group, Map<String, Slot> into) {
        for (Component c : components) {
            if (c.type() == ComponentType.COMPUTED) {
                into.put(group == null ? c.key() : group.key() + "." + c.key(), new Slot(c, group));
            }
            collect(c.components(), c.type() == ComponentType.REPEAT ? c : group, into);
        }
    }

    private void visit(String path, Map<String, Slot> byPath, List<String> done) {
        if (done.contains(path)) {
            return;
        }
        done.add(path);
        Slot slot = byPath.get(path);
        for (String variable : slot.component().compute().orElseThrow().rule().variables()) {
            String target = ComputedPaths.target(variable, slot.group() == null ? "" : slot.group().key());
            if (byPath.containsKey(target)) {
                visit(target, byPath, done);
            }
        }
        order.add(slot);
    }

    void apply(ObjectNode data, LogicContext logic) {
        for (Slot slot : order) {
            var rule = slot.component().compute().orElseThrow().rule();
            if (slot.group() == null) {
                data.set(slot.component().key(), rule.evaluate(data, logic));
                continue;
            }
            JsonNode items = data.get(slot.group().key());
            if (items != null && items.isArray()) {
                for (JsonNode item : items) {
                    if (item.isObject()) {
                        ObjectNode row = (ObjectNode) item;
                        row.set(slot.component().key(), rule.evaluate(Evaluator.rowView(data, row), logic));
                    }
                }
            }
        }
    }
}

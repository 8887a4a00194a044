package dev.loket.forms.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.Condition;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.Step;
import dev.loket.forms.evaluation.ComponentState;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.evaluation.StepState;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.logic.LogicContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation itself. Order matters: defaults, then computed values (in dependency order),
 * then visibility and requirement per step and component, then the checks of visible answers.
 * Inside a repeating group, rules see the whole data plus the current item as {@code row}.
 */
public final class Evaluator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormDefinition definition;
    private final ComputedValues computed;

    public Evaluator(FormDefinition definition) {
        this.definition = definition;
        this.computed = new ComputedValues(definition);
    }

    public Evaluation evaluate(JsonNode input, EvaluationContext context) {
        ObjectNode data = input != null && input.isObject() ? ((ObjectNode) input).deepCopy() : NODES.objectNode();
        for (Step step : definition.steps()) {
            applyDefaults(step.components(), data);
        }
        computed.apply(data, context.logic());
        ValueChecks checks = new ValueChecks(context.language(), context.logic());
        List<StepState> steps = new ArrayList<>();
        for (Step step : definition.steps()) {
            boolean visible = holds(step.visibleWhen(), data, context.logic(), true);
            List<ComponentState> components = states(step.components(), data, data, "", visible, checks, context.logic());
            steps.add(new StepState(step.key(), visible, visible && noErrors(components), components));
        }
        return new Evaluation(steps, data);
    }

    public Submission submit(JsonNode input, EvaluationContext context) {
        Evaluation evaluation = evaluate(input, context);
        ValueChecks checks = new ValueChecks(context.language(), context.logic());
        List<FieldMessage> errors = new ArrayList<>(evaluation.errors());
        if (input != null && input.isObject()) {
            unknownKeys(allComponents(), input, "", checks, errors);
        }
        ObjectNode cleaned = NODES.objectNode();
        for (int i = 0; i < definition.steps().size(); i++) {
            StepState step = evaluation.steps().get(i);
            keep(definition.steps().get(i).components(), step.components(), cleaned, step.visible());
        }
        computed.apply(cleaned, context.logic());
        return new Submission(errors.isEmpty(), cleaned, errors);
    }

    private List<ComponentState> states(List<Component> components, ObjectNode scope, JsonNode ruleData, String prefix,
                                        boolean parentVisible, ValueChecks checks, LogicContext logic) {
        List<ComponentState> states = new ArrayList<>();
        for (Component c : components) {
            boolean visible = parentVisible && holds(c.visibleWhen(), ruleData, logic, true);
            if (!c.type().hasValue()) {
                List<ComponentState> children = states(c.components(), scope, ruleData, prefix, visible, checks, logic);
                states.add(new ComponentState(c.key(), prefix, c.type(), visible, false, NullNode.instance, List.of(), children));
                continue;
            }
            String pointer = prefix + "/" + c.key();
            JsonNode value = scope.has(c.key()) ? scope.get(c.key()) : NullNode.instance;
            boolean required = visible && (c.required().always() || holds(c.required().condition(), ruleData, logic, false));
            List<FieldMessage> errors = visible && c.type() != ComponentType.COMPUTED
                    ? checks.check(c, value, required, ruleData, pointer) : List.of();
            List<ComponentState> children = new ArrayList<>();
            if (c.type() == ComponentType.REPEAT && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        ObjectNode item = (ObjectNode) value.get(i);
                        children.addAll(states(c.components(), item, rowView(ruleData, item), pointer + "/" + i,
                                visible, checks, logic));
                    }
                }
            }
            states.add(new ComponentState(c.key(), pointer, c.type(), visible, required, value, errors, children));
        }
        return states;
    }

    /** What rules inside a repeating group see: all data, with the current item as {@code row}. */
    static ObjectNode rowView(JsonNode data, ObjectNode item) {
        ObjectNode view = NODES.objectNode();
        if (data.isObject()) {
            view.setAll((ObjectNode) data);
        }
        view.set("row", item);
        return view;
    }

    private static boolean holds(Optional<Condition> condition, JsonNode data, LogicContext logic, boolean absent) {
        return condition.map(c -> Truthy.test(c.rule().evaluate(data, logic))).orElse(absent);
    }

    private static boolean noErrors(List<ComponentState> components) {
        for (ComponentState c : components) {
            if (!c.errors().isEmpty() || !noErrors(c.children())) {
                return false;
            }
        }
        return true;
    }

    private static void applyDefaults(List<Component> components, ObjectNode data) {
        for (Component c : components) {
            if (!c.type().hasValue()) {
                applyDefaults(c.components(), data);
            } else if (c.defaultValue().isPresent() && !data.has(c.key())) {
                data.set(c.key(), c.defaultValue().get().deepCopy());
            }
        }
    }

    /**
     * Copies what is submitted: visible answers, and hidden ones the form keeps. Walks the
     * definition and the states side by side: {@link #states} makes one state per component, and
     * per object item of a repeating group one state per nested component.
     */
    private static void keep(List<Component> components, List<ComponentState> states, ObjectNode into,
                             boolean parentShown) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            ComponentState s = states.get(i);
            boolean shown = parentShown && s.visible();
            if (!c.type().hasValue()) {
                keep(c.components(), s.children(), into, shown);
            } else if ((shown || !c.clearOnHide()) && !s.value().isNull()) {
                into.set(c.key(), c.type() == ComponentType.REPEAT && s.value().isArray()
                        ? keptItems(c, s, shown) : s.value().deepCopy());
            }
        }
    }

    private static ArrayNode keptItems(Component repeat, ComponentState state, boolean shown) {
        ArrayNode items = NODES.arrayNode();
        int perItem = repeat.components().size();
        int item = 0;
        for (JsonNode value : state.value()) {
            if (value.isObject()) {
                ObjectNode kept = NODES.objectNode();
                keep(repeat.components(), state.children().subList(item * perItem, (item + 1) * perItem), kept, shown);
                items.add(kept);
                item++;
            }
        }
        return items;
    }

    private List<Component> allComponents() {
        List<Component> all = new ArrayList<>();
        definition.steps().forEach(s -> all.addAll(s.components()));
        return all;
    }

    /** Keys in the data that the form does not have: refused, never stored. */
    private static void unknownKeys(List<Component> components, JsonNode data, String prefix, ValueChecks checks,
                                    List<FieldMessage> errors) {
        Map<String, Component> known = new LinkedHashMap<>();
        flatten(components, known);
        for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Component c = known.get(name);
            String pointer = prefix + "/" + name.replace("~", "~0").replace("/", "~1");
            if (c == null) {
                errors.add(checks.message(pointer, "validation.unknown-key"));
            } else if (c.type() == ComponentType.REPEAT && data.get(name).isArray()) {
                JsonNode items = data.get(name);
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).isObject()) {
                        unknownKeys(c.components(), items.get(i), pointer + "/" + i, checks, errors);
                    }
                }
            }
        }
    }

    private static void flatten(List<Component> components, Map<String, Component> into) {
        for (Component c : components) {
            if (c.type().hasValue()) {
                into.put(c.key(), c);
            } else {
                flatten(c.components(), into);
            }
        }
    }
}

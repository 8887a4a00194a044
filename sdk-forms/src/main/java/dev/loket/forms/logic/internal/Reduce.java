package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code reduce}: the logic sees {@code {"current": item, "accumulator": value so far}}; the initial
 * value is null when the rule gives none. Anything but an array gives the initial value.
 */
record Reduce(Expression array, Expression logic, Expression initial) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode items = array.evaluate(data, context);
        JsonNode accumulator = initial == null ? NullNode.getInstance() : initial.evaluate(data, context);
        if (!items.isArray()) {
            return accumulator;
        }
        for (JsonNode item : items) {
            ObjectNode scope = JsonValues.newSmallObject();
            scope.set("current", item);
            if (!accumulator.isMissingNode()) { // an undefined property is no property in JavaScript
                scope.set("accumulator", accumulator);
            }
            accumulator = logic.evaluate(scope, context);
        }
        return accumulator;
    }
}

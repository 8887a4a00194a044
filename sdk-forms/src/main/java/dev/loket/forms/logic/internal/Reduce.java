package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code reduce}: the logic sees {@code {"current": item, "accumulator": value so far}}; the initial
 * value is null when the rule gives none. Anything but an array gives the initial value.
 *
 * @param cost the steps one evaluation of the logic may take (its size), spent for every item up front
 */
record Reduce(Expression array, Expression logic, Expression initial, long cost) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode items = array.evaluate(data, context);
        JsonNode accumulator = initial == null ? NullNode.getInstance() : initial.evaluate(data, context);
        if (!items.isArray()) {
            return accumulator;
        }
        Steps.spend(items.size() * cost);
        for (JsonNode item : items) {
            accumulator = logic.evaluate(new ReduceScope(item, accumulator), context);
        }
        return accumulator;
    }
}

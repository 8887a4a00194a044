package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code map}, {@code filter}, {@code all}, {@code none} and {@code some}: the logic is evaluated with
 * each item of the array as its data. Anything but an array counts as an empty array.
 *
 * @param cost the steps one evaluation of the logic may take (its size), spent for every item up front
 */
record Iteration(Kind kind, Expression array, Expression logic, long cost) implements Expression {

    enum Kind { MAP, FILTER, ALL, NONE, SOME }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode items = array.evaluate(data, context);
        if (!items.isArray()) {
            items = JsonValues.newArray(0);
        }
        Steps.spend(items.size() * cost);
        return switch (kind) {
            case MAP -> map(items, context);
            case FILTER -> filter(items, context);
            case ALL -> JsonValues.bool(!items.isEmpty() && !anyIs(false, items, context));
            case NONE -> JsonValues.bool(!anyIs(true, items, context));
            case SOME -> JsonValues.bool(anyIs(true, items, context));
        };
    }

    private JsonNode map(JsonNode items, LogicContext context) {
        ArrayNode result = JsonValues.newArray(items.size());
        for (JsonNode item : items) {
            JsonValues.append(result, logic.evaluate(item, context));
        }
        return result;
    }

    private JsonNode filter(JsonNode items, LogicContext context) {
        ArrayNode result = JsonValues.newArray(items.size());
        for (JsonNode item : items) {
            if (logic.test(item, context)) {
                result.add(item);
            }
        }
        return result;
    }

    /** Whether the logic is truthy (or falsy) for some item; stops at the first. */
    private boolean anyIs(boolean truthy, JsonNode items, LogicContext context) {
        for (JsonNode item : items) {
            if (logic.test(item, context) == truthy) {
                return true;
            }
        }
        return false;
    }
}

package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/**
 * An operation that reads no data, such as {@code {"*": [12, 4.5]}} or {@code {"cat": ["EUR ", 10]}},
 * evaluated once by the compiler instead of on every evaluation.
 *
 * <p>Only values that cannot be changed are computed ahead: strings, numbers, booleans, null and
 * undefined. An array is still built anew on every evaluation, because the caller may change it and
 * because in JavaScript two evaluations give two different arrays.
 *
 * <p>{@link #isConstant()} stays false, as it was for the operation: what the compiler reports about a
 * rule ({@code variables()}, compile errors) does not depend on this optimisation.
 */
record ComputedConstant(JsonNode value) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        return value;
    }

    @Override
    public boolean isDataFree() {
        return true;
    }
}

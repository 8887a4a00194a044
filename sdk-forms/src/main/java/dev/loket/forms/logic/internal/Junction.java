package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;
import java.util.List;

/**
 * {@code and} and {@code or}: evaluate left to right and return the deciding value itself (not a
 * boolean): for {@code and} the first falsy value, for {@code or} the first truthy one, else the last.
 */
record Junction(boolean stopWhenTruthy, List<Expression> arguments) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode current = JsCoercion.UNDEFINED;
        for (Expression argument : arguments) {
            current = argument.evaluate(data, context);
            if (JsCoercion.truthy(current) == stopWhenTruthy) {
                return current;
            }
        }
        return current;
    }

    @Override
    public boolean isDataFree() {
        return Expressions.allDataFree(arguments);
    }
}

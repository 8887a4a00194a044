package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.LogicContext;
import java.util.List;

/**
 * {@code if} and {@code ?:}: pairs of condition and value, then an optional else. Only the branch taken
 * is evaluated.
 */
record Conditional(List<Expression> arguments) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        int i = 0;
        for (; i < arguments.size() - 1; i += 2) {
            if (arguments.get(i).test(data, context)) {
                return arguments.get(i + 1).evaluate(data, context);
            }
        }
        return i < arguments.size() ? arguments.get(i).evaluate(data, context) : NullNode.getInstance();
    }

    @Override
    public boolean isDataFree() {
        return Expressions.allDataFree(arguments);
    }
}

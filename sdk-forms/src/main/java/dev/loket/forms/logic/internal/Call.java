package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;
import java.util.List;

/** An operation whose arguments are all evaluated first, like most JSON Logic operators. */
final class Call implements Expression {

    /** What an operator does with its evaluated arguments. */
    @FunctionalInterface
    interface Operation {
        JsonNode apply(JsonNode[] arguments, JsonNode data, LogicContext context);
    }

    private final Operation operation;
    private final Expression[] arguments;
    /** Whether the operation reads nothing but its arguments: not the data, the clock or a log. */
    private final boolean pure;

    Call(Operation operation, List<Expression> arguments, boolean pure) {
        this.operation = operation;
        this.arguments = arguments.toArray(Expression[]::new);
        this.pure = pure;
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode[] values = new JsonNode[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].evaluate(data, context);
        }
        return operation.apply(values, data, context);
    }

    @Override
    public boolean isDataFree() {
        return pure && Expressions.allDataFree(arguments);
    }
}

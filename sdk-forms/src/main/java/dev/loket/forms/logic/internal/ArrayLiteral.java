package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.loket.forms.logic.LogicContext;
import java.util.List;

/**
 * An array in the rule; its elements may be operations. Every evaluation builds a new array, because in
 * JavaScript two evaluations give two different arrays, which {@code ==} can tell apart.
 */
record ArrayLiteral(List<Expression> elements) implements Expression {

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        ArrayNode array = JsonValues.newArray(elements.size());
        for (Expression element : elements) {
            JsonValues.append(array, element.evaluate(data, context));
        }
        return array;
    }

    @Override
    public boolean isConstant() {
        return elements.stream().allMatch(Expression::isConstant);
    }

    @Override
    public boolean isDataFree() {
        return Expressions.allDataFree(elements);
    }
}

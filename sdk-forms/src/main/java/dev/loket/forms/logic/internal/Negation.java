package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code !} and {@code !!} with one argument, as in {@code {"!": {"var": "married"}}}: a node of its own
 * so that a comparison inside is tested without a JSON boolean in between.
 */
final class Negation implements Expression {

    private final boolean negate;
    private final Expression argument;

    /**
     * @param negate true for {@code !}, false for {@code !!}
     */
    Negation(boolean negate, Expression argument) {
        this.negate = negate;
        this.argument = argument;
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        return JsonValues.bool(test(data, context));
    }

    @Override
    public boolean test(JsonNode data, LogicContext context) {
        return argument.test(data, context) != negate;
    }

    @Override
    public boolean isDataFree() {
        return argument.isDataFree();
    }
}

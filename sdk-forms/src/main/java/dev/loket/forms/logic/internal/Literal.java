package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/** A value in the rule that is not an operation: a string, number, boolean, null or empty object. */
record Literal(JsonNode value) implements Expression {

    static final Literal UNDEFINED = new Literal(JsCoercion.UNDEFINED);

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        return value;
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}

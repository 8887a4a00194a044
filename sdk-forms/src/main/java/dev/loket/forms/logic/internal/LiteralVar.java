package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.loket.forms.logic.LogicContext;

/** {@code var} with a path written in the rule: split into segments once, at compile time. */
final class LiteralVar implements Expression {

    /** Null for the whole data. */
    private final String[] segments;
    /** Null when the rule gives no default. */
    private final Expression fallback;

    LiteralVar(String[] segments, Expression fallback) {
        this.segments = segments;
        this.fallback = fallback;
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        JsonNode notFound = NullNode.getInstance();
        if (fallback != null) {
            // json-logic-js evaluates the default before it looks, so a default's log always runs
            JsonNode value = fallback.evaluate(data, context);
            notFound = value.isMissingNode() ? notFound : value;
        }
        return DataAccess.lookup(data, segments, notFound);
    }
}

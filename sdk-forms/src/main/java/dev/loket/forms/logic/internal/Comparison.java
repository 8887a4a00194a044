package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code ==}, {@code !=}, {@code ===}, {@code !==}, {@code <}, {@code <=}, {@code >} and {@code >=} with
 * two arguments: the most common operations in form rules ({@code {">=": [{"var": "age"}, 18]}}). A node
 * of its own, instead of a {@link Call}, so that evaluation needs no argument array, and two integers are
 * compared as integers without the general JavaScript coercions of {@link JsComparison}.
 */
final class Comparison implements Expression {

    enum Operator {
        LOOSE_EQUALS, LOOSE_NOT_EQUALS, STRICT_EQUALS, STRICT_NOT_EQUALS,
        LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL
    }

    private final Operator operator;
    private final Expression left;
    private final Expression right;

    Comparison(Operator operator, Expression left, Expression right) {
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    public JsonNode evaluate(JsonNode data, LogicContext context) {
        return JsonValues.bool(test(data, context));
    }

    @Override
    public boolean test(JsonNode data, LogicContext context) {
        JsonNode a = left.evaluate(data, context);
        JsonNode b = right.evaluate(data, context);
        return isIntegral(a) && isIntegral(b) ? compare(Long.compare(a.longValue(), b.longValue())) : test(a, b);
    }

    /** An int or long node: no coercion or rounding can change the comparison of two of them. */
    private static boolean isIntegral(JsonNode value) {
        return value.isInt() || value.isLong();
    }

    private boolean compare(int order) {
        return switch (operator) {
            case LOOSE_EQUALS, STRICT_EQUALS -> order == 0;
            case LOOSE_NOT_EQUALS, STRICT_NOT_EQUALS -> order != 0;
            case LESS_THAN -> order < 0;
            case LESS_THAN_OR_EQUAL -> order <= 0;
            case GREATER_THAN -> order > 0;
            case GREATER_THAN_OR_EQUAL -> order >= 0;
        };
    }

    private boolean test(JsonNode a, JsonNode b) {
        return switch (operator) {
            case LOOSE_EQUALS -> JsComparison.looseEquals(a, b);
            case LOOSE_NOT_EQUALS -> !JsComparison.looseEquals(a, b);
            case STRICT_EQUALS -> JsComparison.strictEquals(a, b);
            case STRICT_NOT_EQUALS -> !JsComparison.strictEquals(a, b);
            case LESS_THAN -> JsComparison.lessThan(a, b);
            case LESS_THAN_OR_EQUAL -> JsComparison.lessThanOrEqual(a, b);
            case GREATER_THAN -> JsComparison.lessThan(b, a);
            case GREATER_THAN_OR_EQUAL -> JsComparison.lessThanOrEqual(b, a);
        };
    }

    @Override
    public boolean isDataFree() {
        return left.isDataFree() && right.isDataFree();
    }
}

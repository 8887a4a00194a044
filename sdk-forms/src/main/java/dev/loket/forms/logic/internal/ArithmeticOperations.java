package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/**
 * {@code +}, {@code -}, {@code *}, {@code /}, {@code %}, {@code min} and {@code max} with the coercions of
 * json-logic-js ({@code +} and {@code *} use {@code parseFloat}, the others {@code Number}), but on exact
 * decimals; see {@link JsNumber}.
 */
final class ArithmeticOperations {

    private ArithmeticOperations() {
    }

    static JsonNode plus(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsNumber sum = JsNumber.ZERO;
        for (JsonNode argument : arguments) {
            sum = sum.add(JsCoercion.parseFloat(argument));
        }
        return sum.toNode();
    }

    /** One argument comes back as it is (json-logic-js reduces without a start value); none is a compile error. */
    static JsonNode times(JsonNode[] arguments, JsonNode data, LogicContext context) {
        if (arguments.length == 1) {
            return arguments[0];
        }
        JsNumber product = JsCoercion.parseFloat(arguments[0]);
        for (int i = 1; i < arguments.length; i++) {
            product = product.multiply(JsCoercion.parseFloat(arguments[i]));
        }
        return product.toNode();
    }

    /** Negation with one argument, else the first minus the second; further arguments are ignored. */
    static JsonNode minus(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsNumber a = JsCoercion.toNumber(JsonValues.argument(arguments, 0));
        JsonNode b = JsonValues.argument(arguments, 1);
        return (b.isMissingNode() ? a.negate() : a.subtract(JsCoercion.toNumber(b))).toNode();
    }

    static JsonNode divide(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsCoercion.toNumber(JsonValues.argument(arguments, 0))
                .divide(JsCoercion.toNumber(JsonValues.argument(arguments, 1))).toNode();
    }

    static JsonNode remainder(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsCoercion.toNumber(JsonValues.argument(arguments, 0))
                .remainder(JsCoercion.toNumber(JsonValues.argument(arguments, 1))).toNode();
    }

    static JsonNode min(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return extreme(arguments, -1, JsNumber.POSITIVE_INFINITY);
    }

    static JsonNode max(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return extreme(arguments, 1, JsNumber.NEGATIVE_INFINITY);
    }

    /** {@code Math.min}/{@code Math.max}: NaN when any argument is not a number, ±Infinity for none. */
    private static JsonNode extreme(JsonNode[] arguments, int direction, JsNumber none) {
        JsNumber best = none;
        for (JsonNode argument : arguments) {
            JsNumber number = JsCoercion.toNumber(argument);
            if (number.isNaN()) {
                return JsNumber.NAN.toNode();
            }
            if (Integer.signum(number.compare(best)) == direction) {
                best = number;
            }
        }
        return best.toNode();
    }
}

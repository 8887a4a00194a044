package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.forms.logic.LogicContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.logging.Logger;

/** The eagerly evaluated standard operators other than arithmetic: comparison, logic, strings, arrays. */
final class StandardOperations {

    private static final Logger LOG = Logger.getLogger("dev.loket.forms.logic");
    private static final JsonNode ZERO = IntNode.valueOf(0);

    private StandardOperations() {
    }

    static JsonNode looseEquals(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(JsComparison.looseEquals(first(arguments), second(arguments)));
    }

    static JsonNode looseNotEquals(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(!JsComparison.looseEquals(first(arguments), second(arguments)));
    }

    static JsonNode strictEquals(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(JsComparison.strictEquals(first(arguments), second(arguments)));
    }

    static JsonNode strictNotEquals(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(!JsComparison.strictEquals(first(arguments), second(arguments)));
    }

    /** {@code <}, and with three arguments "between, exclusive". */
    static JsonNode lessThan(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode c = JsonValues.argument(arguments, 2);
        boolean result = JsComparison.lessThan(first(arguments), second(arguments))
                && (c.isMissingNode() || JsComparison.lessThan(second(arguments), c));
        return JsonValues.bool(result);
    }

    /** {@code <=}, and with three arguments "between, inclusive". */
    static JsonNode lessThanOrEqual(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode c = JsonValues.argument(arguments, 2);
        boolean result = JsComparison.lessThanOrEqual(first(arguments), second(arguments))
                && (c.isMissingNode() || JsComparison.lessThanOrEqual(second(arguments), c));
        return JsonValues.bool(result);
    }

    static JsonNode greaterThan(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(JsComparison.lessThan(second(arguments), first(arguments)));
    }

    static JsonNode greaterThanOrEqual(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(JsComparison.lessThanOrEqual(second(arguments), first(arguments)));
    }

    static JsonNode not(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(!JsCoercion.truthy(first(arguments)));
    }

    static JsonNode truthy(JsonNode[] arguments, JsonNode data, LogicContext context) {
        return JsonValues.bool(JsCoercion.truthy(first(arguments)));
    }

    /** {@code in}: a substring of a string, or an element (by {@code ===}) of an array. */
    static JsonNode in(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode needle = first(arguments);
        JsonNode haystack = second(arguments);
        if (haystack.isTextual()) {
            return JsonValues.bool(!haystack.textValue().isEmpty()
                    && haystack.textValue().contains(JsCoercion.toJsString(needle)));
        }
        if (haystack.isArray()) {
            for (JsonNode element : haystack) {
                if (JsComparison.strictEquals(needle, element)) {
                    return JsonValues.bool(true);
                }
            }
        }
        return JsonValues.bool(false);
    }

    /** {@code cat}: the arguments as strings, joined; null counts as empty, as in {@code Array.join}. */
    static JsonNode cat(JsonNode[] arguments, JsonNode data, LogicContext context) {
        StringBuilder text = new StringBuilder();
        for (JsonNode argument : arguments) {
            if (!argument.isNull() && !argument.isMissingNode()) {
                text.append(JsCoercion.toJsString(argument));
            }
        }
        Steps.spend(text.length()); // a string doubled in a reduce would otherwise fill the memory
        return TextNode.valueOf(text.toString());
    }

    /**
     * {@code substr [text, start, length]}: a negative start counts from the end; a negative length
     * leaves that many characters off the end (emulating PHP, as json-logic-js does).
     */
    static JsonNode substr(JsonNode[] arguments, JsonNode data, LogicContext context) {
        String source = JsCoercion.toJsString(first(arguments));
        JsonNode start = second(arguments);
        JsonNode length = JsonValues.argument(arguments, 2);
        if (JsComparison.lessThan(length, ZERO)) {
            String tail = substr(source, start, JsCoercion.UNDEFINED);
            // JavaScript's temp.length + end: a sum for a number, string concatenation otherwise
            JsonNode keep = length.isNumber()
                    ? JsNumber.of(tail.length()).add(JsNumber.of(length)).toNode()
                    : TextNode.valueOf(tail.length() + JsCoercion.toJsString(length));
            return TextNode.valueOf(substr(tail, ZERO, keep));
        }
        return TextNode.valueOf(substr(source, start, length));
    }

    /** JavaScript's {@code String.prototype.substr}. */
    private static String substr(String text, JsonNode start, JsonNode length) {
        int size = text.length();
        long from = toIntegerOrInfinity(start);
        from = from < 0 ? Math.max(size + from, 0) : Math.min(from, size);
        long count = length.isMissingNode() ? size : toIntegerOrInfinity(length);
        count = Math.max(0, Math.min(count, size));
        long to = Math.min(from + count, size);
        return from >= to ? "" : text.substring((int) from, (int) to);
    }

    /** {@code ToIntegerOrInfinity}, clamped to ±2^40 so that string indexes cannot overflow. */
    private static long toIntegerOrInfinity(JsonNode value) {
        long limit = 1L << 40;
        JsNumber number = JsCoercion.toNumber(value);
        if (number.isNaN()) {
            return 0;
        }
        if (!number.isFinite()) {
            return number.signum() * limit;
        }
        BigDecimal integer = number.decimal().setScale(0, RoundingMode.DOWN);
        return integer.abs().compareTo(BigDecimal.valueOf(limit)) > 0 ? integer.signum() * limit
                : integer.longValueExact();
    }

    /** {@code merge}: arrays are flattened one level, other values appended. */
    static JsonNode merge(JsonNode[] arguments, JsonNode data, LogicContext context) {
        ArrayNode merged = JsonValues.newArray(arguments.length);
        for (JsonNode argument : arguments) {
            if (argument.isArray()) {
                argument.forEach(merged::add);
            } else {
                JsonValues.append(merged, argument);
            }
        }
        Steps.spend(merged.size()); // an array doubled in a reduce would otherwise fill the memory
        return merged;
    }

    /** {@code log}: writes its argument to java.util.logging (FINE) and returns it. */
    static JsonNode log(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode value = first(arguments);
        LOG.fine(() -> "JSON Logic log: " + (value.isMissingNode() ? "undefined" : JsonValues.toJson(value)));
        return value;
    }

    private static JsonNode first(JsonNode[] arguments) {
        return JsonValues.argument(arguments, 0);
    }

    private static JsonNode second(JsonNode[] arguments) {
        return JsonValues.argument(arguments, 1);
    }
}

package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

/**
 * JavaScript's {@code ==}, {@code ===} and relational comparison on JSON values.
 *
 * <p>Arrays and objects are equal only to themselves, as in JavaScript: {@code [1] == [1]} is false, but a
 * value read twice with {@code var} is the same value. The engine keeps that identity by returning data
 * nodes as they are and building a new array for every evaluation of an array literal.
 */
final class JsComparison {

    /** Result of {@link #compare} when either side is NaN. */
    static final int UNORDERED = Integer.MIN_VALUE;

    private JsComparison() {
    }

    /** JavaScript {@code a === b}. */
    static boolean strictEquals(JsonNode a, JsonNode b) {
        JsonNodeType type = typeOf(a);
        if (type != typeOf(b)) {
            return false;
        }
        return switch (type) {
            case NUMBER -> JsNumber.of(a).compare(JsNumber.of(b)) == 0;
            case STRING -> a.textValue().equals(b.textValue());
            case BOOLEAN -> a.booleanValue() == b.booleanValue();
            case NULL, MISSING -> true;
            default -> a == b;
        };
    }

    /** JavaScript {@code a == b} (IsLooselyEqual). */
    static boolean looseEquals(JsonNode a, JsonNode b) {
        JsonNodeType typeA = typeOf(a);
        JsonNodeType typeB = typeOf(b);
        if (typeA == typeB) {
            return strictEquals(a, b);
        }
        boolean nullishA = typeA == JsonNodeType.NULL || typeA == JsonNodeType.MISSING;
        boolean nullishB = typeB == JsonNodeType.NULL || typeB == JsonNodeType.MISSING;
        if (nullishA || nullishB) {
            return nullishA && nullishB;
        }
        if (typeA == JsonNodeType.BOOLEAN || typeB == JsonNodeType.BOOLEAN) {
            // booleans become numbers first, then the comparison starts over
            JsonNode numberA = typeA == JsonNodeType.BOOLEAN ? JsCoercion.toNumber(a).toNode() : a;
            JsonNode numberB = typeB == JsonNodeType.BOOLEAN ? JsCoercion.toNumber(b).toNode() : b;
            return looseEquals(numberA, numberB);
        }
        if (typeA == JsonNodeType.OBJECT || typeB == JsonNodeType.OBJECT) {
            // an array or object against a number or string: compare its string form
            JsonNode primitiveA = typeA == JsonNodeType.OBJECT ? text(a) : a;
            JsonNode primitiveB = typeB == JsonNodeType.OBJECT ? text(b) : b;
            return looseEquals(primitiveA, primitiveB);
        }
        // number against string
        return JsCoercion.toNumber(a).compare(JsCoercion.toNumber(b)) == 0;
    }

    /**
     * JavaScript's relational comparison: two strings (after arrays become strings) compare by UTF-16
     * code units, anything else as numbers.
     *
     * @return negative, zero or positive, or {@link #UNORDERED} when a number is NaN
     */
    static int compare(JsonNode a, JsonNode b) {
        JsonNode primitiveA = JsCoercion.isPrimitive(a) ? a : text(a);
        JsonNode primitiveB = JsCoercion.isPrimitive(b) ? b : text(b);
        if (primitiveA.isTextual() && primitiveB.isTextual()) {
            return Integer.signum(primitiveA.textValue().compareTo(primitiveB.textValue()));
        }
        int order = JsCoercion.toNumber(primitiveA).compare(JsCoercion.toNumber(primitiveB));
        return order == UNORDERED ? UNORDERED : Integer.signum(order);
    }

    static boolean lessThan(JsonNode a, JsonNode b) {
        int order = compare(a, b);
        return order != UNORDERED && order < 0;
    }

    static boolean lessThanOrEqual(JsonNode a, JsonNode b) {
        int order = compare(a, b);
        return order != UNORDERED && order <= 0;
    }

    /** Arrays and objects are one type here: JavaScript's Object. */
    private static JsonNodeType typeOf(JsonNode value) {
        JsonNodeType type = value.getNodeType();
        return switch (type) {
            case ARRAY, OBJECT, POJO, BINARY -> JsonNodeType.OBJECT;
            default -> type;
        };
    }

    private static JsonNode text(JsonNode value) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(JsCoercion.toJsString(value));
    }
}

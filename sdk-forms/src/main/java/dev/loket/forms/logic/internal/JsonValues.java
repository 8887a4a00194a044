package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Building JSON values inside the engine, and turning engine values into plain JSON at the end. */
final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    static ArrayNode newArray(int capacity) {
        return new ArrayNode(NODES, capacity);
    }

    static ObjectNode newObject() {
        return NODES.objectNode();
    }


    static JsonNode bool(boolean value) {
        return BooleanNode.valueOf(value);
    }

    /** Adds an element; undefined becomes null, as {@code JSON.stringify} would write it. */
    static void append(ArrayNode array, JsonNode element) {
        array.add(element.isMissingNode() ? NullNode.getInstance() : element);
    }

    /** The argument at an index, or undefined when the rule gave fewer arguments. */
    static JsonNode argument(JsonNode[] arguments, int index) {
        return index < arguments.length ? arguments[index] : JsCoercion.UNDEFINED;
    }

    /**
     * The value as JSON: undefined, NaN and the infinities become null, also inside arrays and objects
     * the engine built, and the read-only {@link ReduceScope} becomes a plain object. Unchanged values are
     * returned as they are, without copying.
     */
    static JsonNode toJson(JsonNode value) {
        if (value.isMissingNode() || (value.isDouble() && !Double.isFinite(value.doubleValue()))) {
            return NullNode.getInstance();
        }
        if (!value.isContainerNode() || (!(value instanceof ReduceScope) && !containsNonJson(value))) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode copy = newArray(value.size());
            for (JsonNode element : value) {
                copy.add(toJson(element));
            }
            return copy;
        }
        ObjectNode copy = newObject();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            copy.set(field.getKey(), toJson(field.getValue()));
        }
        return copy;
    }

    private static boolean containsNonJson(JsonNode container) {
        for (JsonNode element : container) {
            if (element.isMissingNode() || (element.isDouble() && !Double.isFinite(element.doubleValue()))
                    || element instanceof ReduceScope
                    || (element.isContainerNode() && containsNonJson(element))) {
                return true;
            }
        }
        return false;
    }
}

package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.forms.logic.LogicContext;

/** {@code var}, {@code missing} and {@code missing_some}: reading the data by dotted path. */
final class DataAccess {

    private DataAccess() {
    }

    /** The path segments of a {@code var} argument, or null when it means the whole data. */
    static String[] segments(JsonNode path) {
        if (path.isMissingNode() || path.isNull() || (path.isTextual() && path.textValue().isEmpty())) {
            return null;
        }
        return JsCoercion.toJsString(path).split("\\.", -1); // a single escaped character: split without regex
    }

    /** Walks the path like JavaScript's {@code data[a][b]}; {@code notFound} when a step is missing. */
    static JsonNode lookup(JsonNode data, String[] segments, JsonNode notFound) {
        if (segments == null) {
            return data;
        }
        JsonNode current = data;
        for (String segment : segments) {
            if (current.isNull() || current.isMissingNode()) {
                return notFound;
            }
            current = property(current, segment);
            if (current.isMissingNode()) {
                return notFound;
            }
        }
        return current;
    }

    /** {@link #lookup(JsonNode, String[], JsonNode)} with null when not found, for a key in the data. */
    private static JsonNode lookup(JsonNode data, JsonNode key) {
        if (key.isTextual() && !key.textValue().isEmpty() && key.textValue().indexOf('.') < 0) {
            // one segment, the common case: no need to split
            JsonNode value = data.isNull() || data.isMissingNode() ? JsCoercion.UNDEFINED
                    : property(data, key.textValue());
            return value.isMissingNode() ? NullNode.getInstance() : value;
        }
        return lookup(data, segments(key), NullNode.getInstance());
    }

    /** JavaScript property access on a JSON value; undefined when there is no such property. */
    private static JsonNode property(JsonNode value, String name) {
        if (value.isObject()) {
            JsonNode field = value.get(name);
            return field == null ? JsCoercion.UNDEFINED : field;
        }
        if (value.isArray() || value.isTextual()) {
            int length = value.isArray() ? value.size() : value.textValue().length();
            if (name.equals("length")) {
                return IntNode.valueOf(length);
            }
            int index = arrayIndex(name);
            if (index >= 0) {
                if (index < length) {
                    return value.isArray() ? value.get(index)
                            : TextNode.valueOf(String.valueOf(value.textValue().charAt(index)));
                }
            }
        }
        return JsCoercion.UNDEFINED;
    }

    /** The name as an array index (0, or up to 9 digits without a leading zero), or -1. */
    private static int arrayIndex(String name) {
        int length = name.length();
        if (length == 0 || length > 9 || (length > 1 && name.charAt(0) == '0')) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }

    /** {@code var} with a path computed at run time: {@code [path, default]}. */
    static JsonNode var(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode fallback = JsonValues.argument(arguments, 1);
        return lookup(data, segments(JsonValues.argument(arguments, 0)),
                fallback.isMissingNode() ? NullNode.getInstance() : fallback);
    }

    /** {@code missing}: the keys whose value is null, absent or the empty string. */
    static JsonNode missing(JsonNode[] arguments, JsonNode data, LogicContext context) {
        if (arguments.length > 0 && arguments[0].isArray()) {
            return missing(arguments[0], data);
        }
        ArrayNode missing = JsonValues.newArray(arguments.length);
        for (JsonNode key : arguments) {
            addIfMissing(missing, key, data);
        }
        return missing;
    }

    /** {@code missing} with the keys in an array. */
    private static ArrayNode missing(JsonNode keys, JsonNode data) {
        ArrayNode missing = JsonValues.newArray(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            addIfMissing(missing, keys.get(i), data);
        }
        return missing;
    }

    private static void addIfMissing(ArrayNode missing, JsonNode key, JsonNode data) {
        JsonNode value = key.isArray() ? var(elements(key), data, null) : lookup(data, key);
        if (value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            JsonValues.append(missing, key);
        }
    }

    /**
     * {@code missing_some [need, keys]}: no keys when at least {@code need} of them are present, else the
     * missing ones. json-logic-js fails on a null key list; here that is the empty list.
     */
    static JsonNode missingSome(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode need = JsonValues.argument(arguments, 0);
        JsonNode options = JsonValues.argument(arguments, 1);
        if (options.isNull() || options.isMissingNode()) {
            return JsonValues.newArray(0);
        }
        // json-logic-js applies missing to the keys as its arguments, so a first key that is an array
        // stands for all keys, as in missing itself
        JsonNode missing;
        if (!options.isArray()) {
            missing = missing(new JsonNode[] {options}, data, context);
        } else if (!options.isEmpty() && options.get(0).isArray()) {
            missing = missing(options.get(0), data);
        } else {
            missing = missing(options, data);
        }
        JsNumber present;
        if (options.isArray()) {
            present = JsNumber.of((long) options.size() - missing.size());
        } else if (options.isTextual()) {
            present = JsNumber.of((long) options.textValue().length() - missing.size());
        } else {
            present = JsNumber.NAN; // undefined.length - n in JavaScript
        }
        int order = JsComparison.compare(present.toNode(), need);
        return order != JsComparison.UNORDERED && order >= 0 ? JsonValues.newArray(0) : missing;
    }

    private static JsonNode[] elements(JsonNode array) {
        JsonNode[] elements = new JsonNode[array.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = array.get(i);
        }
        return elements;
    }
}

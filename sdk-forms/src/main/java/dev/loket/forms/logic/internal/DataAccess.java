package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.forms.logic.LogicContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** {@code var}, {@code missing} and {@code missing_some}: reading the data by dotted path. */
final class DataAccess {

    private static final Pattern DOT = Pattern.compile(".", Pattern.LITERAL);
    private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    private DataAccess() {
    }

    /** The path segments of a {@code var} argument, or null when it means the whole data. */
    static String[] segments(JsonNode path) {
        if (path.isMissingNode() || path.isNull() || (path.isTextual() && path.textValue().isEmpty())) {
            return null;
        }
        return DOT.split(JsCoercion.toJsString(path), -1);
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
            if (ARRAY_INDEX.matcher(name).matches()) {
                int index = Integer.parseInt(name);
                if (index < length) {
                    return value.isArray() ? value.get(index)
                            : TextNode.valueOf(String.valueOf(value.textValue().charAt(index)));
                }
            }
        }
        return JsCoercion.UNDEFINED;
    }

    /** {@code var} with a path computed at run time: {@code [path, default]}. */
    static JsonNode var(JsonNode[] arguments, JsonNode data, LogicContext context) {
        JsonNode fallback = JsonValues.argument(arguments, 1);
        return lookup(data, segments(JsonValues.argument(arguments, 0)),
                fallback.isMissingNode() ? NullNode.getInstance() : fallback);
    }

    /** {@code missing}: the keys whose value is null, absent or the empty string. */
    static JsonNode missing(JsonNode[] arguments, JsonNode data, LogicContext context) {
        List<JsonNode> keys = arguments.length > 0 && arguments[0].isArray() ? elements(arguments[0])
                : Arrays.asList(arguments);
        ArrayNode missing = JsonValues.newArray(keys.size());
        for (JsonNode key : keys) {
            JsonNode value = key.isArray()
                    ? var(elements(key).toArray(JsonNode[]::new), data, context)
                    : var(new JsonNode[] {key}, data, context);
            if (value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
                JsonValues.append(missing, key);
            }
        }
        return missing;
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
        JsonNode[] keys = options.isArray() ? elements(options).toArray(JsonNode[]::new) : new JsonNode[] {options};
        JsonNode missing = missing(keys, data, context);
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

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>(array.size());
        array.forEach(elements::add);
        return elements;
    }
}

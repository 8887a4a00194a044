package dev.loket.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes into answers at a JSON Pointer the evaluator gave, such as {@code /medeverhuizers/1/voornaam},
 * for every channel that fills in answers (web pages, the conversation). Keys are plain names (the
 * definition allows letters, digits and {@code _}), so no escapes occur.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Sets the value, or removes it when {@code value} is null. Missing objects on the way are made. */
    public static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = child(parent, parts[i]);
            if (next == null || !next.isContainerNode()) {
                if (!(parent instanceof ObjectNode object)) {
                    return;
                }
                next = object.putObject(parts[i]);
            }
            parent = next;
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array && isIndex(last) && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value == null ? array.nullNode() : value);
        }
    }

    /** The array at the pointer, made when absent. */
    public static ArrayNode array(ObjectNode root, String pointer) {
        JsonNode existing = root.at(pointer);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        ArrayNode array = root.arrayNode();
        set(root, pointer, array);
        return array;
    }

    private static JsonNode child(JsonNode parent, String part) {
        if (parent instanceof ArrayNode array) {
            return isIndex(part) && Integer.parseInt(part) < array.size() ? array.get(Integer.parseInt(part)) : null;
        }
        return parent.get(part);
    }

    private static boolean isIndex(String part) {
        return part.matches("\\d{1,4}");
    }
}

package dev.loket.forms.internal.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a value at a JSON Pointer of the form's data, making the objects on the way. */
final class Pointers {

    private Pointers() {
    }

    static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** The array at {@code pointer}, made when absent. */
    static ArrayNode array(ObjectNode root, String pointer) {
        JsonNode existing = root.at(pointer);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        ArrayNode array = root.arrayNode();
        set(root, pointer, array);
        return array;
    }

    private static JsonNode child(JsonNode parent, String name) {
        if (parent instanceof ArrayNode array) {
            return array.get(Integer.parseInt(name));
        }
        ObjectNode object = (ObjectNode) parent;
        if (!(object.get(name) instanceof ObjectNode || object.get(name) instanceof ArrayNode)) {
            object.putObject(name);
        }
        return object.get(name);
    }
}

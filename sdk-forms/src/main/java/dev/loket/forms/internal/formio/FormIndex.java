package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the import must know about the whole Form.io form before converting one component: the
 * type of every key (a condition on a checkbox compares booleans, on select boxes tests
 * membership) and which keys are containers (whose data Loket does not nest).
 */
final class FormIndex {

    private final Map<String, String> typeByKey = new HashMap<>();
    private final Set<String> containers = new HashSet<>();

    static FormIndex of(JsonNode form) {
        FormIndex index = new FormIndex();
        index.walk(form.path("components"));
        return index;
    }

    String type(String rawKey) {
        return typeByKey.getOrDefault(rawKey, "");
    }

    boolean isContainer(String rawKey) {
        return containers.contains(rawKey);
    }

    /** The raw keys with values directly in the rows of a repeating component (through layout). */
    static Set<String> rowKeys(JsonNode repeat) {
        Set<String> keys = new HashSet<>();
        collectRowKeys(repeat.path("components"), keys);
        return keys;
    }

    private static void collectRowKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            if (!type.equals("editgrid") && !type.equals("datagrid")) {
                children(component).forEach(list -> collectRowKeys(list, keys));
            }
        }
    }

    private void walk(JsonNode components) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            String type = component.path("type").asText("");
            typeByKey.putIfAbsent(key, type);
            if (type.equals("container")) {
                containers.add(key);
            }
            children(component).forEach(this::walk);
        }
    }

    /** Every list of nested components: of groups, of columns, of table cells, of tabs. */
    static java.util.List<JsonNode> children(JsonNode component) {
        java.util.List<JsonNode> lists = new java.util.ArrayList<>();
        if (component.path("components").isArray()) {
            lists.add(component.get("components"));
        }
        for (JsonNode column : component.path("columns")) {
            lists.add(column.path("components"));
        }
        for (JsonNode row : component.path("rows")) {
            for (JsonNode cell : row) {
                lists.add(cell.path("components"));
            }
        }
        return lists;
    }
}

package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Language;
import dev.loket.forms.formio.FormioImportOptions;
import dev.loket.forms.formio.FormioImportResult;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts one Form.io form: the form and its steps, and the layout components (panels, columns,
 * tables, tabs, edit grids). Input components are {@link ComponentMapping}'s work. At the end,
 * {@link DefinitionRepair} makes sure the result parses.
 */
public final class FormioConverter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> LAYOUTS_FLATTENED = Set.of("columns", "table", "well", "tabs");

    private final FormioImportOptions options;
    private final Notes notes = new Notes();
    private final Map<JsonNode, String> origins = new IdentityHashMap<>();
    private ComponentMapping mapping;

    public FormioConverter(FormioImportOptions options) {
        this.options = options;
    }

    public FormioImportResult convert(JsonNode form) {
        FormIndex index = FormIndex.of(form);
        mapping = new ComponentMapping(this, new FormioRules(index), notes);
        FormioProperties root = new FormioProperties(form, "", "", notes);
        ObjectNode definition = JSON.objectNode();
        definition.put("loket", "1.0").put("id", options.id()).put("version", options.version());
        String title = options.title().orElseGet(() -> firstNonBlank(root.text("title"), root.text("name"), options.id()));
        definition.set("title", text(title));
        boolean wizard = root.text("display").equals("wizard");
        JsonNode components = root.take("components");
        ArrayNode steps = definition.putArray("steps");
        Level top = Level.top();
        if (wizard) {
            wizardSteps(components, steps, top);
        }
        if (steps.isEmpty()) {
            ObjectNode step = steps.addObject().put("key", "formulier");
            step.set("title", text(title));
            step.set("components", components(components, "/components", top));
            origins.put(step, "");
        }
        root.reportRest(FormioProperties.FORM_METADATA);
        if (options.language() != Language.NL) {
            notes.add("", "", "The Form.io texts are in " + options.language().tag()
                    + "; Loket requires Dutch, so they are also used as the Dutch texts until translated");
        }
        ObjectNode repaired = new DefinitionRepair(origins, notes).repair(definition);
        return new FormioImportResult(repaired, notes.all());
    }

    /** Top-level panels are steps; other top-level components in between get a step of their own. */
    private void wizardSteps(JsonNode components, ArrayNode steps, Level top) {
        ArrayNode loose = JSON.arrayNode();
        List<String> loosePointers = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String pointer = "/components/" + i;
            if (!component.path("type").asText("").equals("panel")) {
                loose.add(component);
                loosePointers.add(pointer);
                continue;
            }
            looseStep(loose, loosePointers, steps, top);
            FormioProperties panel = new FormioProperties(component, pointer, "", notes);
            panel.text("type");
            String rawKey = panel.text("key");
            String title = firstNonBlank(panel.text("title"), panel.text("label"), rawKey, "Stap " + (steps.size() + 1));
            ObjectNode step = steps.addObject().put("key", stepKey(rawKey, steps.size()));
            step.set("title", text(title));
            mapping.visibility(panel, top).ifPresent(rule -> step.set("visibleWhen", rule));
            step.set("components", components(panel.take("components"), pointer + "/components", top));
            origins.put(step, pointer);
            panel.reportRest();
        }
        looseStep(loose, loosePointers, steps, top);
    }

    private void looseStep(ArrayNode loose, List<String> pointers, ArrayNode steps, Level top) {
        if (loose.isEmpty()) {
            return;
        }
        ObjectNode step = steps.addObject().put("key", "stap_" + (steps.size() + 1));
        step.set("title", text("Stap " + steps.size()));
        ArrayNode converted = step.putArray("components");
        for (int i = 0; i < loose.size(); i++) {
            notes.add(pointers.get(i), "", "Not in a wizard panel: placed on a step of its own (\"" + step.get("key").asText() + "\")");
            component(loose.get(i), pointers.get(i), top).forEach(converted::add);
        }
        origins.put(step, pointers.get(0));
        loose.removeAll();
        pointers.clear();
    }

    private static String stepKey(String rawKey, int number) {
        return rawKey.isBlank() ? "stap_" + number : rawKey;
    }

    ArrayNode components(JsonNode components, String pointer, Level level) {
        ArrayNode result = JSON.arrayNode();
        for (int i = 0; i < components.size(); i++) {
            component(components.get(i), pointer + "/" + i, level).forEach(result::add);
        }
        return result;
    }

    /** Zero, one or (for flattened layout) several Loket components for one Form.io component. */
    List<ObjectNode> component(JsonNode component, String pointer, Level level) {
        if (!component.isObject()) {
            notes.add(pointer, "", "Dropped: a component is a JSON object");
            return List.of();
        }
        String type = component.path("type").asText("");
        if (LAYOUTS_FLATTENED.contains(type)) {
            return flattened(component, pointer, level);
        }
        return switch (type) {
            case "panel", "fieldset", "container" -> group(component, pointer, level);
            case "editgrid", "datagrid" -> repeat(component, pointer, level);
            default -> mapping.input(component, pointer, level).map(List::of).orElse(List.of());
        };
    }

    /**
     * Columns, tables, wells and tabs only arrange components: their components join the enclosing
     * level. When the layout itself can be hidden, they go into a fieldset that carries the rule.
     */
    private List<ObjectNode> flattened(JsonNode component, String pointer, Level level) {
        FormioProperties layout = new FormioProperties(component, pointer, "", notes);
        String type = layout.text("type");
        List<ObjectNode> result = new ArrayList<>();
        if (type.equals("tabs")) {
            JsonNode tabs = layout.take("components");
            for (int i = 0; i < tabs.size(); i++) {
                result.addAll(group(tabs.get(i), pointer + "/components/" + i, level));
            }
        } else {
            JsonNode columns = layout.take("columns");
            for (int i = 0; i < columns.size(); i++) {
                FormioProperties column = new FormioProperties(columns.get(i), pointer + "/columns/" + i, "", notes);
                components(column.take("components"), pointer + "/columns/" + i + "/components", level)
                        .forEach(n -> result.add((ObjectNode) n));
                column.ignore("width", "offset", "push", "pull", "size", "currentWidth");
                column.reportRest();
            }
            JsonNode rows = layout.take("rows");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String at = pointer + "/rows/" + r + "/" + c + "/components";
                    components(rows.get(r).get(c).path("components"), at, level)
                            .forEach(n -> result.add((ObjectNode) n));
                }
            }
            if (type.equals("well")) {
                components(layout.take("components"), pointer + "/components", level)
                        .forEach(n -> result.add((ObjectNode) n));
            }
        }
        layout.ignore("key", "label", "numRows", "numCols", "cellAlignment", "striped", "bordered", "hover",
                "condensed", "autoAdjust", "verticalLayout");
        var rule = mapping.visibility(layout, level);
        layout.reportRest();
        if (rule.isPresent() && !result.isEmpty()) {
            ObjectNode fieldset = JSON.objectNode().put("type", "fieldset")
                    .put("key", mapping.claimKey(component.path("key").asText(type), pointer, level));
            fieldset.set("visibleWhen", rule.get());
            fieldset.putArray("components").addAll(result);
            origins.put(fieldset, pointer);
            return List.of(fieldset);
        }
        return result;
    }

    /** Panels, fieldsets and containers become fieldsets; a container's data is no longer nested. */
    private List<ObjectNode> group(JsonNode component, String pointer, Level level) {
        FormioProperties group = new FormioProperties(component, pointer, "", notes);
        String type = group.text("type");
        if (type.equals("container")) {
            notes.add(pointer, "type", "A container nests its values under \"" + component.path("key").asText()
                    + "\"; Loket has no nested objects outside repeating groups, so it became a fieldset and its values sit at the enclosing level");
        }
        ObjectNode fieldset = JSON.objectNode().put("type", "fieldset")
                .put("key", mapping.claimKey(group.text("key"), pointer, level));
        String label = firstNonBlank(group.text("legend"), group.text("title"), group.text("label"));
        if (!label.isBlank() && !type.equals("container")) {
            fieldset.set("label", text(label));
        }
        mapping.visibility(group, level).ifPresent(rule -> fieldset.set("visibleWhen", rule));
        mapping.common(group, fieldset);
        fieldset.set("components", components(group.take("components"), pointer + "/components", level));
        origins.put(fieldset, pointer);
        group.reportRest();
        if (fieldset.get("components").isEmpty()) {
            notes.add(pointer, "", "Dropped: a " + type + " without components");
            return List.of();
        }
        return List.of(fieldset);
    }

    /** Edit grids and data grids become repeating groups; rules in a row read it as {@code row}. */
    private List<ObjectNode> repeat(JsonNode component, String pointer, Level level) {
        FormioProperties grid = new FormioProperties(component, pointer, "", notes);
        grid.text("type");
        String rawKey = grid.text("key");
        ObjectNode repeat = JSON.objectNode().put("type", "repeat").put("key", mapping.claimKey(rawKey, pointer, level));
        repeat.set("label", text(firstNonBlank(grid.text("label"), rawKey)));
        mapping.hint(grid, repeat);
        mapping.visibility(grid, level).ifPresent(rule -> repeat.set("visibleWhen", rule));
        mapping.common(grid, repeat);
        FormioProperties validate = grid.object("validate");
        if (validate.flag("required")) {
            repeat.put("required", true);
        }
        mapping.count(validate, "minLength").ifPresent(n -> repeat.put("minItems", n));
        mapping.count(validate, "maxLength").ifPresent(n -> repeat.put("maxItems", n));
        validate.ignore("multiple", "unique", "customPrivate", "strictDateValidation");
        mapping.customValidation(validate, repeat, level);
        validate.reportRest();
        Level rows = Level.rows(rawKey, FormIndex.rowKeys(component));
        repeat.set("components", components(grid.take("components"), pointer + "/components", rows));
        grid.take("defaultValue");
        origins.put(repeat, pointer);
        grid.reportRest();
        if (repeat.get("components").isEmpty()) {
            notes.add(pointer, "", "Dropped: an " + component.path("type").asText() + " without components");
            return List.of();
        }
        return List.of(repeat);
    }

    void origin(ObjectNode loket, String formioPointer) {
        origins.put(loket, formioPointer);
    }

    /** A text in the import's language, copied to Dutch when that is another language. */
    JsonNode text(String value) {
        ObjectNode text = JSON.objectNode();
        if (options.language() != Language.NL) {
            text.put(options.language().tag(), value);
        }
        text.put("nl", value);
        return text;
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}

package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The properties of one Form.io object (a component, or a nested object such as {@code validate}),
 * keeping track of which the import used, so that {@link #reportRest} can note every other one
 * that means something. A property means nothing when it is on the presentational whitelist or
 * has no effect ({@link FormioWhitelist}).
 */
final class FormioProperties {

    /** Form.io server metadata of a whole form. */
    static final Set<String> FORM_METADATA = Set.of("_id", "_vid", "owner", "project", "created", "modified",
            "machineName", "path", "name", "type", "tags", "access", "submissionAccess", "url", "uuid", "slug",
            "internal_name", "internalName");

    private final JsonNode node;
    private final String pointer;
    private final String prefix;
    private final Notes notes;
    private final Set<String> used = new HashSet<>();

    FormioProperties(JsonNode node, String pointer, String prefix, Notes notes) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.pointer = pointer;
        this.prefix = prefix;
        this.notes = notes;
    }

    /** The property, marked as used; a missing node when absent. */
    JsonNode take(String name) {
        used.add(name);
        return node.path(name);
    }

    /** Text of the property, marked as used; empty when absent or not text. */
    String text(String name) {
        JsonNode value = take(name);
        return value.isTextual() || value.isNumber() ? value.asText() : "";
    }

    boolean flag(String name) {
        JsonNode value = take(name);
        return value.asBoolean(false) || "true".equals(value.asText());
    }

    /** A nested object whose properties are reported under {@code name.}. */
    FormioProperties object(String name) {
        used.add(name);
        return new FormioProperties(node.get(name), pointer, prefix + name + ".", notes);
    }

    /** Marks properties as handled without reading them. */
    void ignore(String... names) {
        used.addAll(Set.of(names));
    }

    boolean has(String name) {
        return !isEffectless(node.path(name));
    }

    String pointer() {
        return pointer;
    }

    /** Notes the property as not carried over, with a reason. */
    void note(String name, String reason) {
        used.add(name);
        notes.add(pointer, prefix + name, reason);
    }

    /** Notes every property that was not used, is not presentational and has an effect. */
    void reportRest(Set<String> alsoIgnored) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (used.contains(name) || alsoIgnored.contains(name) || FormioWhitelist.PRESENTATIONAL.contains(name)
                    || isEffectless(field.getValue())) {
                continue;
            }
            notes.add(pointer, prefix + name, "Not imported: Loket has no equivalent of \"" + prefix + name
                    + "\" (value " + abbreviated(field.getValue()) + ")");
        }
    }

    void reportRest() {
        reportRest(Set.of());
    }

    static boolean isEffectless(JsonNode value) {
        return FormioWhitelist.effectless(value);
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}

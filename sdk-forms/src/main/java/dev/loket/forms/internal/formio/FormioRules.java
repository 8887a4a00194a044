package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Form.io conditions as Loket JSON Logic: simple conditionals ({@code show/when/eq}, and the newer
 * {@code conjunction/conditions}) and JSON Logic whose variables Form.io prefixes with {@code data.}.
 */
final class FormioRules {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern NOT_KEY_CHARACTER = Pattern.compile("[^A-Za-z0-9_]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final FormIndex index;

    FormioRules(FormIndex index) {
        this.index = index;
    }

    /** A Loket key for a Form.io key: other characters become {@code _}, and it starts with a letter. */
    static String key(String raw) {
        String key = NOT_KEY_CHARACTER.matcher(raw).replaceAll("_");
        if (key.isEmpty()) {
            return "veld";
        }
        return Character.isLetter(key.charAt(0)) && key.charAt(0) < 128 ? key : "k" + key;
    }

    /** The JSON Logic with every variable rewritten from Form.io's paths to Loket's. */
    JsonNode logic(JsonNode rule, Level level) {
        if (rule.isObject()) {
            if (rule.size() == 1 && rule.has("var")) {
                return variable(rule.get("var"), level);
            }
            ObjectNode copy = JSON.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = rule.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), logic(field.getValue(), level));
            }
            return copy;
        }
        if (rule.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            rule.forEach(item -> copy.add(logic(item, level)));
            return copy;
        }
        return rule;
    }

    private JsonNode variable(JsonNode argument, Level level) {
        JsonNode pathNode = argument.isArray() ? argument.path(0) : argument;
        if (!pathNode.isTextual()) {
            return JSON.objectNode().set("var", argument);
        }
        Path path = path(pathNode.asText(), level);
        JsonNode translated;
        if (path.member().isPresent()) {
            // Form.io select boxes are {"a": true, ...}; Loket's multiCheckbox is ["a", ...].
            translated = in(JSON.textNode(path.member().get()), var(path.variable()));
        } else if (argument.isArray()) {
            ArrayNode copy = JSON.arrayNode().add(path.variable());
            for (int i = 1; i < argument.size(); i++) {
                copy.add(argument.get(i));
            }
            translated = JSON.objectNode().set("var", copy);
        } else {
            translated = var(path.variable());
        }
        return translated;
    }

    /** A Loket variable path, and the option tested when the Form.io path went into select boxes. */
    record Path(String variable, String rawKey, Optional<String> member) {
    }

    /**
     * {@code data.x} is {@code x}; {@code row.x} stays inside a repeating group, as does a bare
     * {@code x} (or {@code grid.x}) naming a key of the current row; containers are flattened, so
     * their key drops out of the path.
     */
    Path path(String formioPath, Level level) {
        boolean row = false;
        String rest = formioPath;
        if (rest.equals("data")) {
            return new Path("", "", Optional.empty());
        }
        if (rest.startsWith("data.")) {
            rest = rest.substring(5);
        } else if (rest.startsWith("row.") && level.inRepeat()) {
            rest = rest.substring(4);
            row = true;
        }
        List<String> segments = new ArrayList<>(List.of(rest.split("\\.", -1)));
        if (!row && level.inRepeat() && segments.size() > 1 && level.repeatKey().orElseThrow().equals(segments.get(0))) {
            segments.remove(0);
            row = true;
        }
        while (segments.size() > 1 && index.isContainer(segments.get(0))) {
            segments.remove(0);
        }
        if (!row && level.inRepeat() && level.isRowKey(segments.get(0))) {
            row = true;
        }
        String rawKey = segments.get(0);
        Optional<String> member = Optional.empty();
        if (segments.size() == 2 && index.type(rawKey).equals("selectboxes")) {
            member = Optional.of(segments.remove(1));
        }
        segments.set(0, key(rawKey));
        return new Path((row ? "row." : "") + String.join(".", segments), rawKey, member);
    }

    /** The legacy simple conditional: show (or hide) when {@code when} equals {@code eq}. */
    Optional<JsonNode> simple(String when, JsonNode eq, boolean show, Level level) {
        Path path = path(when, level);
        return Optional.of(shown(equals(path, eq), show));
    }

    /**
     * The newer simple conditional: {@code conditions} joined by {@code conjunction} (all, any).
     * Empty when an operator has no Loket counterpart.
     */
    Optional<JsonNode> conditions(JsonNode conditions, String conjunction, boolean show, Level level) {
        ArrayNode parts = JSON.arrayNode();
        for (JsonNode condition : conditions) {
            Path path = path(condition.path("component").asText(""), level);
            JsonNode value = condition.path("value");
            JsonNode variable = var(path.variable());
            JsonNode part = switch (condition.path("operator").asText("")) {
                case "isEqual" -> equals(path, value);
                case "isNotEqual" -> not(equals(path, value));
                case "isEmpty" -> not(variable);
                case "isNotEmpty" -> JSON.objectNode().set("!!", JSON.arrayNode().add(variable));
                case "lessThan" -> operator("<", variable, literal(value));
                case "greaterThan" -> operator(">", variable, literal(value));
                case "lessThanOrEqual" -> operator("<=", variable, literal(value));
                case "greaterThanOrEqual" -> operator(">=", variable, literal(value));
                case "includes" -> in(value, variable);
                case "notIncludes" -> not(in(value, variable));
                case "isDateEqual" -> operator("loket.same_date", variable, value);
                case "isNotDateEqual" -> not(operator("loket.same_date", variable, value));
                case "isBefore" -> operator("loket.before", variable, value);
                case "isAfter" -> operator("loket.after", variable, value);
                default -> null;
            };
            if (part == null) {
                return Optional.empty();
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        JsonNode joined = parts.size() == 1 ? parts.get(0)
                : JSON.objectNode().set(conjunction.equals("any") ? "or" : "and", parts);
        return Optional.of(shown(joined, show));
    }

    private JsonNode equals(Path path, JsonNode eq) {
        JsonNode variable = var(path.variable());
        String type = index.type(path.rawKey());
        String text = eq.asText("");
        if (path.member().isPresent()) {
            // "data.boxes.a" equals true: the option a is ticked.
            JsonNode ticked = in(JSON.textNode(path.member().get()), variable);
            return text.equals("false") ? not(ticked) : ticked;
        }
        if (type.equals("selectboxes")) {
            return in(JSON.textNode(text), variable);
        }
        if (type.equals("checkbox") && (text.equals("true") || text.equals("false"))) {
            // An unticked Form.io checkbox is false, a Loket one may be absent: compare truthiness.
            return text.equals("true") ? JSON.objectNode().set("!!", JSON.arrayNode().add(variable)) : not(variable);
        }
        return operator("==", variable, literal(eq));
    }

    private static JsonNode literal(JsonNode value) {
        if (value.isTextual() && NUMBER.matcher(value.asText()).matches()) {
            return JSON.numberNode(new java.math.BigDecimal(value.asText()));
        }
        return value.isMissingNode() ? JSON.nullNode() : value;
    }

    private static JsonNode shown(JsonNode rule, boolean show) {
        return show ? rule : not(rule);
    }

    static JsonNode var(String path) {
        return JSON.objectNode().put("var", path);
    }

    private static JsonNode not(JsonNode rule) {
        return JSON.objectNode().set("!", JSON.arrayNode().add(rule));
    }

    private static JsonNode in(JsonNode needle, JsonNode haystack) {
        return operator("in", needle, haystack);
    }

    private static JsonNode operator(String name, JsonNode left, JsonNode right) {
        return JSON.objectNode().set(name, JSON.arrayNode().add(left).add(right));
    }
}

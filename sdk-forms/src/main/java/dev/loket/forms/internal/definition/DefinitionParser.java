package dev.loket.forms.internal.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.Condition;
import dev.loket.forms.definition.CustomRule;
import dev.loket.forms.definition.DefinitionProblem;
import dev.loket.forms.definition.FileRules;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.InvalidDefinitionException;
import dev.loket.forms.definition.LocalizedText;
import dev.loket.forms.definition.Option;
import dev.loket.forms.definition.PageMode;
import dev.loket.forms.definition.Prefill;
import dev.loket.forms.definition.Step;
import dev.loket.forms.definition.Validation;
import dev.loket.forms.logic.InvalidRuleException;
import dev.loket.forms.logic.JsonLogic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a definition's JSON into a {@link FormDefinition}, collecting every problem on the way
 * (with its JSON Pointer) instead of stopping at the first. Structure first; then the checks that
 * need the whole form: references from rules to keys, and cycles between computed values.
 */
public final class DefinitionParser {

    static final String FORMAT = "1.0";
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> ROOT_FIELDS = Set.of("loket", "id", "version", "title", "intro", "steps", "pages",
            "$schema");
    private static final Set<String> STEP_FIELDS = Set.of("key", "title", "visibleWhen", "components");
    private static final Set<String> COMPONENT_FIELDS = Set.of("type", "key", "label", "hint", "required", "visibleWhen",
            "default", "validation", "prefill", "clearOnHide", "options", "components", "minItems", "maxItems", "file",
            "compute", "content", "methods");
    private static final Set<String> VALIDATION_FIELDS = Set.of("min", "max", "minLength", "maxLength", "pattern", "rules");

    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final References references = new References();

    public FormDefinition parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem("", "not-an-object",
                    "A form definition is a JSON object")));
        }
        unknownFields(root, "", ROOT_FIELDS);
        String format = text(root, "", "loket", true);
        if (format != null && !FORMAT.equals(format)) {
            problem("/loket", "unsupported-format", "Format version " + format + " is not supported; use \"" + FORMAT + "\"");
        }
        String id = text(root, "", "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem("/id", "invalid-id", "A form id has lower-case letters, digits and dashes, like \"verhuizing\"");
        }
        String version = text(root, "", "version", true);
        LocalizedText title = localized(root, "", "title", true);
        LocalizedText intro = localized(root, "", "intro", false);
        String pagesName = text(root, "", "pages", false);
        PageMode pages = pagesName == null ? PageMode.STEP : PageMode.fromJson(pagesName).orElse(null);
        if (pages == null) {
            problem("/pages", "unknown-page-mode", "\"pages\" is \"step\" (a page per step) or \"question\" (a page per question)");
        }
        List<Step> steps = steps(root.get("steps"));
        references.check(problems);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return new FormDefinition(format, id, version, title, intro, steps, pages);
    }

    private List<Step> steps(JsonNode node) {
        List<Step> steps = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("/steps", "no-steps", "A form has at least one step (\"steps\": [ ... ])");
            return steps;
        }
        Set<String> stepKeys = new HashSet<>();
        Scope topLevel = new Scope(null, "");
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/steps/" + i;
            JsonNode step = node.get(i);
            if (!step.isObject()) {
                problem(pointer, "not-an-object", "A step is a JSON object");
                continue;
            }
            unknownFields(step, pointer, STEP_FIELDS);
            String key = text(step, pointer, "key", true);
            if (key != null && !stepKeys.add(key)) {
                problem(pointer + "/key", "duplicate-key", "Another step already has the key \"" + key + "\"");
            }
            LocalizedText title = localized(step, pointer, "title", true);
            Optional<Condition> visibleWhen = condition(step.get("visibleWhen"), pointer + "/visibleWhen", topLevel);
            List<Component> components = components(step.get("components"), pointer + "/components", topLevel);
            steps.add(new Step(key, pointer, title, visibleWhen, components));
        }
        return steps;
    }

    private List<Component> components(JsonNode node, String pointer, Scope scope) {
        List<Component> components = new ArrayList<>();
        if (node == null) {
            return components;
        }
        if (!node.isArray()) {
            problem(pointer, "not-an-array", "\"components\" is a list");
            return components;
        }
        for (int i = 0; i < node.size(); i++) {
            component(node.get(i), pointer + "/" + i, scope).ifPresent(components::add);
        }
        return components;
    }

    private Optional<Component> component(JsonNode node, String pointer, Scope scope) {
        if (!node.isObject()) {
            problem(pointer, "not-an-object", "A component is a JSON object");
            return Optional.empty();
        }
        unknownFields(node, pointer, COMPONENT_FIELDS);
        String typeName = text(node, pointer, "type", true);
        if (typeName == null) {
            return Optional.empty();
        }
        Optional<ComponentType> maybeType = ComponentType.fromJson(typeName);
        if (maybeType.isEmpty()) {
            problem(pointer + "/type", "unknown-type", "Unknown component type \"" + typeName + "\"");
            return Optional.empty();
        }
        ComponentType type = maybeType.get();
        String key = text(node, pointer, "key", true);
        if (key != null && !KEY.matcher(key).matches()) {
            problem(pointer + "/key", "invalid-key",
                    "A key starts with a letter and has only letters, digits and underscores, like \"postcode\"");
        } else if (key != null) {
            scope.declare(key, pointer, this);
        }
        // A group without a key is already reported; its items still get a level of their own
        // (named by a character no key can hold) so their problems are reported too.
        Scope inner = type == ComponentType.REPEAT ? new Scope(scope, key != null ? key : "?") : scope;
        List<Component> children = components(node.get("components"), pointer + "/components", inner);
        if (type.kind() != ComponentType.Kind.INPUT && children.isEmpty() && type != ComponentType.CONTENT) {
            problem(pointer + "/components", "no-components", "A " + type.jsonName() + " has at least one component");
        }
        if (type.kind() == ComponentType.Kind.INPUT && node.has("components")) {
            problem(pointer + "/components", "unexpected-components", "A " + type.jsonName() + " has no nested components");
        }
        List<Option> options = options(node, pointer, type);
        Optional<Condition> compute = condition(node.get("compute"), pointer + "/compute", scope);
        if (type == ComponentType.COMPUTED && compute.isEmpty()) {
            problem(pointer + "/compute", "missing", "A computed component needs a \"compute\" rule");
        }
        if (compute.isPresent() && key != null) {
            references.computed(scope.path(key), pointer, compute.get());
        }
        return Optional.of(new Component(type, key, pointer,
                localized(node, pointer, "label", type.kind() == ComponentType.Kind.INPUT && type != ComponentType.HIDDEN
                        && type != ComponentType.COMPUTED && type != ComponentType.DECLARATION),
                localized(node, pointer, "hint", false),
                requirement(node.get("required"), pointer + "/required", scope),
                condition(node.get("visibleWhen"), pointer + "/visibleWhen", scope),
                Optional.ofNullable(node.get("default")),
                validation(node.get("validation"), pointer + "/validation", scope),
                prefill(node.get("prefill"), pointer + "/prefill"),
                !node.has("clearOnHide") || node.get("clearOnHide").asBoolean(true),
                options, children,
                integer(node, pointer, "minItems", 0), integer(node, pointer, "maxItems", Integer.MAX_VALUE),
                file(node.get("file"), pointer + "/file"),
                compute,
                localized(node, pointer, "content", type == ComponentType.CONTENT || type == ComponentType.DECLARATION),
                methods(node.get("methods"), pointer + "/methods", type)));
    }

    private List<Option> options(JsonNode node, String pointer, ComponentType type) {
        boolean needsOptions = type == ComponentType.RADIO || type == ComponentType.SELECT
                || type == ComponentType.MULTI_CHECKBOX;
        JsonNode options = node.get("options");
        List<Option> result = new ArrayList<>();
        if (options == null) {
            if (needsOptions) {
                problem(pointer + "/options", "missing", "A " + type.jsonName() + " needs \"options\"");
            }
            return result;
        }
        if (!needsOptions) {
            problem(pointer + "/options", "unexpected-options", "A " + type.jsonName() + " has no options");
        }
        if (!options.isArray() || options.isEmpty()) {
            problem(pointer + "/options", "no-options", "\"options\" is a non-empty list");
            return result;
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String at = pointer + "/options/" + i;
            JsonNode option = options.get(i);
            String value = text(option, at, "value", true);
            if (value != null && !values.add(value)) {
                problem(at + "/value", "duplicate-option", "Another option already has the value \"" + value + "\"");
            }
            result.add(new Option(value, localized(option, at, "label", true)));
        }
        return result;
    }

    private Component.Requirement requirement(JsonNode node, String pointer, Scope scope) {
        if (node == null || node.isBoolean()) {
            return node != null && node.booleanValue() ? Component.Requirement.REQUIRED : Component.Requirement.OPTIONAL;
        }
        return condition(node, pointer, scope)
                .map(c -> new Component.Requirement(false, Optional.of(c)))
                .orElse(Component.Requirement.OPTIONAL);
    }

    private Validation validation(JsonNode node, String pointer, Scope scope) {
        if (node == null) {
            return Validation.NONE;
        }
        if (!node.isObject()) {
            problem(pointer, "not-an-object", "\"validation\" is a JSON object");
            return Validation.NONE;
        }
        unknownFields(node, pointer, VALIDATION_FIELDS);
        Optional<Pattern> pattern = Optional.empty();
        if (node.has("pattern")) {
            try {
                pattern = Optional.of(Pattern.compile(node.get("pattern").asText()));
            } catch (PatternSyntaxException e) {
                problem(pointer + "/pattern", "invalid-pattern", "Not a valid regular expression: " + e.getDescription());
            }
        }
        List<CustomRule> rules = new ArrayList<>();
        JsonNode rulesNode = node.get("rules");
        if (rulesNode != null) {
            for (int i = 0; i < rulesNode.size(); i++) {
                String at = pointer + "/rules/" + i;
                Optional<Condition> condition = condition(rulesNode.get(i).get("rule"), at + "/rule", scope);
                LocalizedText message = localized(rulesNode.get(i), at, "message", true);
                if (condition.isEmpty() && !rulesNode.get(i).has("rule")) {
                    problem(at + "/rule", "missing", "A validation rule needs a \"rule\"");
                }
                condition.ifPresent(c -> rules.add(new CustomRule(c, message)));
            }
        }
        return new Validation(bound(node, pointer, "min"), bound(node, pointer, "max"),
                Optional.ofNullable(node.get("minLength")).map(JsonNode::asInt),
                Optional.ofNullable(node.get("maxLength")).map(JsonNode::asInt),
                pattern, rules);
    }

    private Optional<String> bound(JsonNode node, String pointer, String field) {
        JsonNode bound = node.get(field);
        if (bound == null) {
            return Optional.empty();
        }
        if (!bound.isNumber() && !bound.isTextual()) {
            problem(pointer + "/" + field, "invalid-bound", "\"" + field + "\" is a number or an ISO date");
            return Optional.empty();
        }
        return Optional.of(bound.isNumber() ? bound.decimalValue().toPlainString() : bound.asText());
    }

    private Optional<Prefill> prefill(JsonNode node, String pointer) {
        if (node == null) {
            return Optional.empty();
        }
        String source = text(node, pointer, "source", true);
        String attribute = text(node, pointer, "attribute", true);
        return source == null || attribute == null ? Optional.empty() : Optional.of(new Prefill(source, attribute));
    }

    private FileRules file(JsonNode node, String pointer) {
        if (node == null) {
            return FileRules.DEFAULT;
        }
        List<String> types = new ArrayList<>();
        if (node.has("types")) {
            node.get("types").forEach(t -> types.add(t.asText()));
        }
        long maxSize = node.path("maxSize").asLong(FileRules.DEFAULT.maxSize());
        int maxCount = node.path("maxCount").asInt(FileRules.DEFAULT.maxCount());
        if (maxSize <= 0 || maxCount <= 0) {
            problem(pointer, "invalid-file-rules", "\"maxSize\" and \"maxCount\" are positive");
        }
        return new FileRules(types, maxSize, maxCount);
    }

    private List<String> methods(JsonNode node, String pointer, ComponentType type) {
        List<String> methods = new ArrayList<>();
        if (node == null) {
            if (type == ComponentType.PAYMENT_CHOICE) {
                problem(pointer, "missing", "A payment choice lists its \"methods\", e.g. [\"IDEAL\", \"CASH\"]");
            }
            return methods;
        }
        node.forEach(m -> methods.add(m.asText()));
        return methods;
    }

    private Optional<Condition> condition(JsonNode rule, String pointer, Scope scope) {
        if (rule == null) {
            return Optional.empty();
        }
        try {
            Condition condition = new Condition(rule, JsonLogic.compile(rule));
            references.use(pointer, condition, scope);
            return Optional.of(condition);
        } catch (InvalidRuleException e) {
            problem(pointer + e.pointer(), "invalid-logic", e.getMessage());
            return Optional.empty();
        }
    }

    private String text(JsonNode node, String pointer, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(pointer + "/" + field, "missing", "\"" + field + "\" is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(pointer + "/" + field, "not-text", "\"" + field + "\" is a non-empty text");
            return null;
        }
        return value.asText();
    }

    private int integer(JsonNode node, String pointer, String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || value.asInt() < 0) {
            problem(pointer + "/" + field, "not-a-count", "\"" + field + "\" is a whole number, 0 or more");
            return fallback;
        }
        return value.asInt();
    }

    private LocalizedText localized(JsonNode node, String pointer, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problem(pointer + "/" + field, "missing", "\"" + field + "\" is required, at least in Dutch: {\"nl\": \"...\"}");
            }
            return LocalizedText.NONE;
        }
        if (value.isTextual()) {
            return new LocalizedText(Map.of("nl", value.asText()));
        }
        if (!value.isObject() || !value.has("nl")) {
            problem(pointer + "/" + field, "not-localized", "\"" + field + "\" is a text per language, at least {\"nl\": \"...\"}");
            return LocalizedText.NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        return new LocalizedText(texts);
    }

    private void unknownFields(JsonNode node, String pointer, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(pointer + "/" + escape(name), "unknown-property", "Unknown property \"" + name + "\"");
            }
        }
    }

    void problem(String pointer, String code, String message) {
        problems.add(new DefinitionProblem(pointer, code, message));
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

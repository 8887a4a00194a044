package dev.loket.forms.internal.formio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps one Form.io input or content component to a Loket component, and the properties every
 * component shares: key, label, hint, visibility, validation, default, prefill.
 */
final class ComponentMapping {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Form.io (and Open Forms) types with a Loket type of the same meaning. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("textfield", "text"), Map.entry("textarea", "textarea"), Map.entry("number", "number"),
            Map.entry("currency", "currency"), Map.entry("email", "email"), Map.entry("phoneNumber", "phone"),
            Map.entry("date", "date"), Map.entry("datetime", "datetime"), Map.entry("time", "time"),
            Map.entry("postcode", "postcode"), Map.entry("bsn", "bsn"), Map.entry("iban", "iban"),
            Map.entry("select", "select"), Map.entry("selectboxes", "multiCheckbox"), Map.entry("radio", "radio"),
            Map.entry("checkbox", "checkbox"), Map.entry("file", "file"), Map.entry("hidden", "hidden"),
            Map.entry("content", "content"), Map.entry("htmlelement", "content"), Map.entry("url", "text"),
            Map.entry("addressNL", "address"));
    private static final Set<String> WITH_OPTIONS = Set.of("select", "multiCheckbox", "radio");
    /** Types whose own check makes Form.io's input mask redundant. */
    private static final Set<String> CHECKED_FORMATS = Set.of("postcode", "bsn", "iban", "phone");
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([KMG]?B)?\\s*");

    private final FormioConverter converter;
    private final FormioRules rules;
    private final Notes notes;

    ComponentMapping(FormioConverter converter, FormioRules rules, Notes notes) {
        this.converter = converter;
        this.rules = rules;
        this.notes = notes;
    }

    Optional<ObjectNode> input(JsonNode component, String pointer, Level level) {
        FormioProperties p = new FormioProperties(component, pointer, "", notes);
        String formioType = p.text("type");
        if (formioType.equals("button")) {
            String action = p.text("action");
            notes.add(pointer, "", "Dropped: a button (action \"" + (action.isEmpty() ? "submit" : action)
                    + "\"); Loket channels provide their own buttons");
            return Optional.empty();
        }
        String type = TYPES.get(formioType);
        if (type == null) {
            notes.add(pointer, "", "Dropped: Form.io type \"" + formioType + "\" has no Loket equivalent");
            return Optional.empty();
        }
        if (formioType.equals("datetime") && !p.take("enableTime").asBoolean(true)) {
            type = "date";
        }
        if (formioType.equals("select") && p.flag("multiple")) {
            type = "multiCheckbox";
            notes.add(pointer, "multiple", "A select with several answers became a multiCheckbox");
        }
        if (type.equals("content")) {
            return content(p, formioType, level);
        }
        ObjectNode out = JSON.objectNode().put("type", type).put("key", claimKey(p.text("key"), pointer, level));
        switch (formioType) {
            case "url" -> notes.add(pointer, "type", "A URL field became a text field: Loket does not check the URL format");
            case "addressNL" -> notes.add(pointer, "type",
                    "An Open Forms addressNL became an address; its data calls the street \"street\", not \"streetName\"");
            default -> { }
        }
        String label = p.text("label");
        if (label.isBlank() && !type.equals("hidden")) {
            label = out.get("key").asText();
            notes.add(pointer, "label", "No label: the key is used as the label");
        }
        if (!label.isBlank() && !type.equals("hidden")) {
            out.set("label", converter.text(label));
        } else if (type.equals("hidden")) {
            p.ignore("label");
        }
        hint(p, out);
        visibility(p, level).ifPresent(rule -> out.set("visibleWhen", rule));
        common(p, out);
        validation(p, out, type, level);
        if (WITH_OPTIONS.contains(type) && !options(p, out)) {
            p.reportRest();
            notes.add(pointer, "", "Dropped: a " + formioType + " without options Loket can use");
            return Optional.empty();
        }
        if (type.equals("file")) {
            file(p, out);
        }
        if (type.equals("currency")) {
            String currency = p.text("currency");
            if (!currency.isEmpty() && !currency.equals("EUR")) {
                notes.add(pointer, "currency", "The currency was " + currency + "; Loket amounts are euros");
            }
        }
        if (CHECKED_FORMATS.contains(type)) {
            p.ignore("inputMask");
        }
        defaultValue(p, out, formioType);
        prefill(p, out);
        calculation(p, out, level);
        converter.origin(out, pointer);
        p.reportRest();
        return Optional.of(out);
    }

    private Optional<ObjectNode> content(FormioProperties p, String formioType, Level level) {
        String html = formioType.equals("content") ? p.text("html") : p.text("content");
        p.ignore("label", "html", "content", "tag", "className", "refreshOnChange");
        String text = HtmlText.of(html);
        if (text.isBlank()) {
            notes.add(p.pointer(), "", "Dropped: a " + formioType + " without text");
            p.reportRest();
            return Optional.empty();
        }
        ObjectNode out = JSON.objectNode().put("type", "content")
                .put("key", claimKey(p.text("key"), p.pointer(), level));
        out.set("content", converter.text(text));
        visibility(p, level).ifPresent(rule -> out.set("visibleWhen", rule));
        common(p, out);
        converter.origin(out, p.pointer());
        p.reportRest();
        return Optional.of(out);
    }

    /** A unique Loket key at this level; renamed (and noted) when Form.io's would not do. */
    String claimKey(String rawKey, String pointer, Level level) {
        String key = FormioRules.key(rawKey);
        if (!key.equals(rawKey)) {
            notes.add(pointer, "key", "The key \"" + rawKey + "\" became \"" + key
                    + "\": Loket keys start with a letter and have only letters, digits and underscores");
        }
        String unique = key;
        for (int n = 2; !level.claim(unique); n++) {
            unique = key + "_" + n;
        }
        if (!unique.equals(key)) {
            notes.add(pointer, "key", "The key \"" + key + "\" is used earlier at this level; this one became \"" + unique
                    + "\" (rules that named \"" + key + "\" read the first)");
        }
        return unique;
    }

    void hint(FormioProperties p, ObjectNode out) {
        String hint = String.join("\n", java.util.stream.Stream.of(p.text("description"), p.text("tooltip"))
                .map(HtmlText::of).filter(s -> !s.isBlank()).toList());
        if (!hint.isBlank()) {
            out.set("hint", converter.text(hint));
        }
    }

    /**
     * The visibility rule: {@code hidden: true} never shows; otherwise the conditional. JavaScript
     * conditions are noted: the component is then always shown.
     */
    Optional<JsonNode> visibility(FormioProperties p, Level level) {
        boolean hidden = p.flag("hidden");
        Optional<JsonNode> conditional = conditional(p.object("conditional"), level);
        String custom = p.text("customConditional");
        if (!custom.isBlank()) {
            notes.add(p.pointer(), "customConditional", "JavaScript condition not imported (Loket rules are JSON Logic): "
                    + abbreviated(custom) + "; the component is shown unless another rule hides it");
        }
        if (p.has("logic")) {
            p.note("logic", "Form.io field logic (triggers and actions) is not imported; express it as visibleWhen, required or compute rules");
        }
        if (hidden) {
            if (conditional.isPresent()) {
                notes.add(p.pointer(), "conditional", "Not imported: the component has \"hidden\": true, which wins over its conditional");
            }
            return Optional.of(JSON.booleanNode(false));
        }
        return conditional;
    }

    private Optional<JsonNode> conditional(FormioProperties c, Level level) {
        JsonNode json = c.take("json");
        JsonNode show = c.take("show");
        boolean shown = !(show.asText("true").equals("false"));
        Optional<JsonNode> rule = Optional.empty();
        if (!FormioProperties.isEffectless(json)) {
            if (json.isContainerNode()) {
                rule = Optional.of(rules.logic(json, level));
            } else {
                c.note("json", "Not imported: conditional.json is not JSON Logic");
            }
        } else if (c.has("conditions")) {
            rule = rules.conditions(c.take("conditions"), c.text("conjunction"), shown, level);
            if (rule.isEmpty()) {
                c.note("conditions", "Not imported: a condition operator has no Loket counterpart; the component is always shown");
            }
        } else if (c.has("when")) {
            rule = rules.simple(c.text("when"), c.take("eq"), shown, level);
        }
        c.ignore("eq", "when", "conjunction", "conditions");
        c.reportRest();
        return rule;
    }

    /** clearOnHide, persistent, disabled, multiple: what every kind of component may have. */
    void common(FormioProperties p, ObjectNode out) {
        JsonNode clearOnHide = p.take("clearOnHide");
        if (out.path("visibleWhen").isBoolean() && !out.get("visibleWhen").booleanValue()) {
            // A Form.io component with hidden: true keeps its value; clearOnHide acts on conditions only.
            out.put("clearOnHide", false);
        } else if (clearOnHide.isBoolean() && !clearOnHide.booleanValue()) {
            out.put("clearOnHide", false);
        }
        JsonNode persistent = p.take("persistent");
        if (persistent.isBoolean() && !persistent.booleanValue() || persistent.asText().equals("client-only")) {
            p.note("persistent", "Not imported: Form.io does not store this value (" + persistent + "); Loket stores every answer");
        }
        if (p.flag("disabled")) {
            p.note("disabled", "Not imported: Loket has no read-only inputs; the component is an ordinary input");
        }
        String typeName = out.path("type").asText();
        if (!typeName.equals("multiCheckbox") && !typeName.equals("file") && p.flag("multiple")) {
            p.note("multiple", "Not imported: Loket has one value per component; use a repeating group for several");
        }
    }

    private void validation(FormioProperties p, ObjectNode out, String type, Level level) {
        FormioProperties v = p.object("validate");
        if (v.flag("required")) {
            out.put("required", true);
        }
        ObjectNode validation = JSON.objectNode();
        count(v, "minLength").ifPresent(n -> validation.put("minLength", n));
        count(v, "maxLength").ifPresent(n -> validation.put("maxLength", n));
        String pattern = v.text("pattern");
        if (!pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
                validation.put("pattern", pattern);
            } catch (PatternSyntaxException e) {
                v.note("pattern", "Not imported: not a Java regular expression (" + e.getDescription() + ")");
            }
        }
        for (String bound : new String[] {"min", "max"}) {
            JsonNode value = v.take(bound);
            if (value.isNumber()) {
                validation.set(bound, value);
            } else if (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?")) {
                validation.put(bound, new java.math.BigDecimal(value.asText()));
            } else if (!FormioProperties.isEffectless(value)) {
                v.note(bound, "Not imported: \"" + value.asText() + "\" is not a number");
            }
        }
        for (JsonNode plugin : v.take("plugins")) {
            switch (plugin.asText()) {
                case "kvk-kvkNumber" -> out.put("type", "kvk");
                case "kvk-rsin" -> out.put("type", "rsin");
                default -> notes.add(p.pointer(), "validate.plugins",
                        "Not imported: Open Forms validator \"" + plugin.asText() + "\" has no Loket equivalent");
            }
        }
        v.ignore("step", "multiple", "unique", "customPrivate", "strictDateValidation");
        ArrayNode rulesOut = customValidation(v, out, level);
        if (rulesOut != null) {
            validation.set("rules", rulesOut);
        }
        if (!validation.isEmpty()) {
            out.set("validation", validation);
        }
        v.reportRest();
    }

    /**
     * {@code validate.json} (JSON Logic) becomes a validation rule: Form.io accepts exactly
     * {@code true} and takes anything else as the error, so the Loket rule is {@code === true}.
     * JavaScript ({@code validate.custom}) is noted. Rules of a repeating group are set on it.
     */
    ArrayNode customValidation(FormioProperties v, ObjectNode out, Level level) {
        String message = v.text("customMessage");
        JsonNode json = v.take("json");
        String custom = v.text("custom");
        if (!custom.isBlank()) {
            v.note("custom", "JavaScript validation not imported (Loket rules are JSON Logic): " + abbreviated(custom));
        }
        if (FormioProperties.isEffectless(json) || !json.isContainerNode()) {
            if (!message.isBlank() && custom.isBlank()) {
                v.note("customMessage", "Not imported: Loket uses its own messages for built-in checks");
            }
            if (!FormioProperties.isEffectless(json)) {
                v.note("json", "Not imported: validate.json is not JSON Logic");
            }
            return null;
        }
        ObjectNode rule = JSON.objectNode();
        rule.set("rule", JSON.objectNode().set("===", JSON.arrayNode().add(rules.logic(json, level)).add(true)));
        rule.set("message", converter.text(message.isBlank() ? "Dit antwoord is niet geldig." : message));
        ArrayNode list = JSON.arrayNode().add(rule);
        if (out.path("type").asText().equals("repeat")) {
            out.set("validation", JSON.objectNode().set("rules", list));
            return null;
        }
        return list;
    }

    Optional<Integer> count(FormioProperties v, String name) {
        JsonNode value = v.take(name);
        if (value.canConvertToInt() && value.asInt() >= 0) {
            return Optional.of(value.asInt());
        }
        if (value.isTextual() && value.asText().matches("\\d+")) {
            return Optional.of(Integer.parseInt(value.asText()));
        }
        if (!FormioProperties.isEffectless(value)) {
            v.note(name, "Not imported: \"" + value.asText() + "\" is not a count");
        }
        return Optional.empty();
    }

    /** Options from {@code values} (radio, select boxes) or {@code data.values} (select). */
    private boolean options(FormioProperties p, ObjectNode out) {
        JsonNode values = p.take("values");
        FormioProperties data = p.object("data");
        String dataSrc = p.text("dataSrc");
        FormioProperties openForms = p.object("openForms");
        String openFormsSource = openForms.text("dataSrc");
        openForms.ignore("translations");
        openForms.reportRest();
        if (!openFormsSource.isEmpty() && !openFormsSource.equals("manual")) {
            p.note("openForms.dataSrc", "Not imported: options from an Open Forms " + openFormsSource + " are computed at run time");
            return false;
        }
        if (FormioProperties.isEffectless(values)) {
            values = data.take("values");
        }
        if (!dataSrc.isEmpty() && !dataSrc.equals("values")) {
            p.note("dataSrc", "Not imported: options from a " + dataSrc + " source are fetched at run time in Form.io");
            data.reportRest();
            return false;
        }
        data.reportRest();
        ArrayNode options = JSON.arrayNode();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode option = values.get(i);
            String value = option.path("value").asText("");
            String label = option.path("label").asText("");
            if (value.isEmpty() || !seen.add(value)) {
                if (!value.isEmpty() || !label.isEmpty()) {
                    notes.add(p.pointer(), "values." + i, "Dropped option: its value is empty or used before");
                }
                continue;
            }
            ObjectNode loket = options.addObject().put("value", value);
            loket.set("label", converter.text(label.isEmpty() ? value : label));
            if (!FormioProperties.isEffectless(option.path("openForms"))) {
                notes.add(p.pointer(), "values." + i + ".openForms", "Not imported: Open Forms option settings (translations)");
            }
        }
        if (options.isEmpty()) {
            return false;
        }
        out.set("options", options);
        return true;
    }

    /** Open Forms: {@code file.type} (MIME types), {@code fileMaxSize} ("10MB"), {@code maxNumberOfFiles}. */
    private void file(FormioProperties p, ObjectNode out) {
        ObjectNode file = JSON.objectNode();
        FormioProperties f = p.object("file");
        ArrayNode types = JSON.arrayNode();
        for (JsonNode type : f.take("type")) {
            if (!type.asText().isBlank() && !type.asText().equals("*")) {
                types.add(type.asText());
            }
        }
        f.ignore("name", "allowedTypesLabels");
        f.reportRest();
        if (!types.isEmpty()) {
            file.set("types", types);
        }
        String size = p.text("fileMaxSize");
        Matcher m = SIZE.matcher(size);
        if (m.matches()) {
            double factor = switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
                case "KB" -> 1024;
                case "MB" -> 1024 * 1024;
                case "GB" -> 1024 * 1024 * 1024;
                default -> 1;
            };
            file.put("maxSize", Math.max(1, (long) (Double.parseDouble(m.group(1)) * factor)));
        } else if (!size.isBlank()) {
            p.note("fileMaxSize", "Not imported: \"" + size + "\" is not a size like \"10MB\"");
        }
        count(p, "maxNumberOfFiles").filter(n -> n > 0).ifPresent(n -> file.put("maxCount", n));
        if (!file.has("maxCount") && !p.flag("multiple")) {
            file.put("maxCount", 1);
        }
        p.ignore("multiple", "fileMinSize", "url", "options", "of");
        if (!file.isEmpty()) {
            out.set("file", file);
        }
    }

    private void defaultValue(FormioProperties p, ObjectNode out, String formioType) {
        JsonNode value = p.take("defaultValue");
        if (FormioProperties.isEffectless(value)) {
            return;
        }
        if (formioType.equals("selectboxes") && value.isObject()) {
            ArrayNode ticked = JSON.arrayNode();
            value.properties().forEach(e -> {
                if (e.getValue().asBoolean(false)) {
                    ticked.add(e.getKey());
                }
            });
            out.set("default", ticked);
            return;
        }
        out.set("default", value);
        String custom = p.text("customDefaultValue");
        if (!custom.isBlank()) {
            p.note("customDefaultValue", "JavaScript default not imported: " + abbreviated(custom));
        }
    }

    /** Open Forms: {@code prefill: {plugin, attribute, identifierRole}}. */
    private void prefill(FormioProperties p, ObjectNode out) {
        FormioProperties prefill = p.object("prefill");
        String plugin = prefill.text("plugin");
        String attribute = prefill.text("attribute");
        String role = prefill.text("identifierRole");
        if (!plugin.isBlank() && !attribute.isBlank()) {
            out.set("prefill", JSON.objectNode().put("source", plugin).put("attribute", attribute));
            if (!role.isEmpty() && !role.equals("main")) {
                prefill.note("identifierRole", "Not imported: Loket prefills for the person who fills in the form");
            }
        } else if (!plugin.isBlank() || !attribute.isBlank()) {
            prefill.note(plugin.isBlank() ? "attribute" : "plugin", "Not imported: a prefill needs both plugin and attribute");
        }
        prefill.reportRest();
    }

    /** {@code calculateValue} in JSON Logic makes a computed component; JavaScript is noted. */
    private void calculation(FormioProperties p, ObjectNode out, Level level) {
        JsonNode calculation = p.take("calculateValue");
        p.ignore("calculateServer");
        if (calculation.isContainerNode() && !FormioProperties.isEffectless(calculation)) {
            notes.add(p.pointer(), "calculateValue", "A calculated " + out.get("type").asText()
                    + " became a computed component, recalculated by the server");
            out.put("type", "computed");
            out.set("compute", rules.logic(calculation, level));
            out.remove("options");
            out.remove("prefill");
            out.remove("default");
            if (p.flag("allowCalculateOverride")) {
                p.note("allowCalculateOverride", "Not imported: a computed value cannot be overridden in Loket");
            }
        } else if (calculation.isTextual() && !calculation.asText().isBlank()) {
            p.note("calculateValue", "JavaScript calculation not imported (Loket rules are JSON Logic): "
                    + abbreviated(calculation.asText()) + "; the component is an ordinary input");
        }
    }

    private static String abbreviated(String code) {
        String flat = code.replaceAll("\\s+", " ").trim();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}

package dev.loket.forms.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.identifier.HouseNumber;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.internal.conversation.Choice;
import dev.loket.forms.internal.conversation.Wording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes the {@link Field}s of a page from its components and their states, in one language. Errors
 * are shown only for the answers the person could see and fix, never for a question they have not
 * been asked yet.
 */
final class FieldViews {

    static final String BUNDLE = "dev.loket.forms.web.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final Language language;
    private final Wording wording;
    private final Predicate<String> showErrorsAt;
    private final Map<String, List<String>> refusedFiles;

    /**
     * @param showErrorsAt which answers' errors to show, by JSON Pointer
     */
    FieldViews(Language language, Predicate<String> showErrorsAt) {
        this(language, showErrorsAt, Map.of());
    }

    /**
     * @param showErrorsAt which answers' errors to show, by JSON Pointer
     * @param refusedFiles why files posted for a file field were not added, by the field's pointer
     */
    FieldViews(Language language, Predicate<String> showErrorsAt, Map<String, List<String>> refusedFiles) {
        this.language = language;
        this.wording = new Wording(language);
        this.showErrorsAt = showErrorsAt;
        this.refusedFiles = refusedFiles;
    }

    List<Field> fields(List<Node> nodes) {
        List<Field> fields = new ArrayList<>();
        for (Node node : nodes) {
            if (node.state().visible()) {
                field(node).ifPresent(fields::add);
            }
        }
        return fields;
    }

    /** Every error the fields show, for the summary at the top of the page: (anchor, message). */
    static List<Field.Choice> summary(List<Field> fields) {
        List<Field.Choice> links = new ArrayList<>();
        for (Field f : fields) {
            f.errors().forEach(e -> links.add(new Field.Choice(f.anchor(), "", e, false)));
            links.addAll(summary(f.children().stream().filter(c -> !f.kind().equals("address")).toList()));
            f.items().forEach(item -> links.addAll(summary(item.fields())));
        }
        return links;
    }

    /** Whether a page with these fields takes files, and so is sent as {@code multipart/form-data}. */
    static boolean takesFiles(List<Field> fields) {
        return fields.stream().anyMatch(f -> f.kind().equals("file") || f.kind().equals("files")
                || takesFiles(f.children()) || f.items().stream().anyMatch(i -> takesFiles(i.fields())));
    }

    private Optional<Field> field(Node node) {
        Component c = node.component();
        String pointer = node.pointer();
        String id = id(pointer, c);
        String label = wording.label(c);
        String hint = c.hint().in(language);
        List<String> errors = errors(node);
        boolean required = node.state().required();
        JsonNode value = node.state().value();
        return Optional.ofNullable(switch (c.type()) {
            case HIDDEN -> null;
            case COMPUTED -> c.label().isEmpty() || value.isNull() ? null
                    : plain("computed", id, pointer, label, hint, required, wording.inWords(c, value), errors);
            case CONTENT -> plain("content", id, pointer, c.content().in(language), hint, false, "", List.of());
            case FIELDSET -> new Field("fieldset", id, pointer, label, hint, "", false, "", List.of(), errors,
                    fields(node.children()), List.of(), "", "", "", "");
            case REPEAT -> repeat(node, id, label, hint, errors);
            case RADIO, PAYMENT_CHOICE, YES_NO -> choices("radios", node, id, label, hint, errors);
            case MULTI_CHECKBOX -> choices("checkboxes", node, id, label, hint, errors);
            case SELECT -> choices("select", node, id, label, hint, errors);
            case CHECKBOX -> checkbox("checkbox", node, id, label, hint, errors);
            case DECLARATION -> checkbox("declaration", node, id, label, hint, errors);
            case ADDRESS -> address(node, id, label, hint, errors);
            case TEXTAREA -> input("textarea", c, id, pointer, label, hint, required, text(value), errors);
            case FILE -> files(node, id, label, hint, errors);
            default -> input("input", c, id, pointer, label, hint, required, shown(c, value), errors);
        });
    }

    private Field input(String kind, Component c, String id, String name, String label, String hint, boolean required,
                        String value, List<String> errors) {
        String format = switch (c.type()) {
            case DATE, TIME, DATETIME, CURRENCY, POSTCODE, PHONE, IBAN, HOUSE_NUMBER ->
                    say("format." + c.type().jsonName());
            default -> "";
        };
        String inputMode = switch (c.type()) {
            case BSN, KVK, RSIN -> "numeric";
            case NUMBER, CURRENCY -> "decimal";
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "";
        };
        String autocomplete = switch (c.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case POSTCODE -> "postal-code";
            default -> "";
        };
        String width = switch (c.type()) {
            case POSTCODE, HOUSE_NUMBER, DATE, TIME, NUMBER, CURRENCY, BSN, KVK, RSIN -> "narrow";
            default -> "";
        };
        return new Field(kind, id, name, label, hint, format, required, value, List.of(), errors, List.of(), List.of(),
                "", inputMode, autocomplete, width);
    }

    private Field plain(String kind, String id, String name, String label, String hint, boolean required, String value,
                        List<String> errors) {
        return new Field(kind, id, name, label, hint, "", required, value, List.of(), errors, List.of(), List.of(),
                "", "", "", "");
    }

    private Field choices(String kind, Node node, String id, String label, String hint, List<String> errors) {
        Component c = node.component();
        JsonNode value = node.state().value();
        List<Field.Choice> choices = new ArrayList<>();
        if (c.type() == ComponentType.YES_NO) {
            choices.add(new Field.Choice(id + "-1", "true", say("yes"), value.isBoolean() && value.booleanValue()));
            choices.add(new Field.Choice(id + "-2", "false", say("no"), value.isBoolean() && !value.booleanValue()));
        } else {
            List<Choice> offered = wording.choices(c);
            for (int i = 0; i < offered.size(); i++) {
                String v = offered.get(i).value();
                boolean checked = value.isArray() ? contains(value, v) : v.equals(value.asText(null));
                choices.add(new Field.Choice(id + "-" + (i + 1), v, offered.get(i).label(), checked));
            }
        }
        return new Field(kind, id, node.pointer(), label, hint, "", node.state().required(), "", choices, errors,
                List.of(), List.of(), "", "", "", "");
    }

    private Field checkbox(String kind, Node node, String id, String label, String hint, List<String> errors) {
        boolean checked = node.state().value().isBoolean() && node.state().value().booleanValue();
        return new Field(kind, id, node.pointer(), label, hint, "", node.state().required(), checked ? "true" : "",
                List.of(), errors, List.of(), List.of(), "", "", "", "");
    }

    private Field address(Node node, String id, String label, String hint, List<String> errors) {
        JsonNode value = node.state().value();
        String pointer = node.pointer();
        String number = value.path("houseNumber").canConvertToInt() ? houseNumber(value) : value.path("houseNumber").asText("");
        List<Field> parts = List.of(
                part(id + "-postcode", pointer + "/postcode", "address.postcode", value.path("postcode").asText(""),
                        say("format.postcode"), "postal-code", "narrow"),
                part(id + "-houseNumber", pointer + "/houseNumber", "address.house-number", number,
                        say("format.houseNumber"), "", "narrow"),
                part(id + "-street", pointer + "/street", "address.street", value.path("street").asText(""), "",
                        "address-line1", ""),
                part(id + "-city", pointer + "/city", "address.city", value.path("city").asText(""), "",
                        "address-level2", ""));
        return new Field("address", id, pointer, label, hint, "", node.state().required(), "", List.of(), errors, parts,
                List.of(), "", "", "", "");
    }

    private Field part(String id, String name, String labelKey, String value, String format, String autocomplete,
                       String width) {
        return new Field("input", id, name, say(labelKey), "", format, false, value, List.of(), List.of(), List.of(),
                List.of(), "", "", autocomplete, width);
    }

    private Field repeat(Node node, String id, String label, String hint, List<String> errors) {
        Component c = node.component();
        List<Field.Item> items = new ArrayList<>();
        boolean canRemove = node.items().size() > Math.max(1, c.minItems()) || !node.state().required();
        for (int n = 0; n < node.items().size(); n++) {
            Node.Item item = node.items().get(n);
            items.add(new Field.Item(say("repeat.item", label, n + 1),
                    canRemove ? "remove:" + item.pointer() : "", fields(item.children())));
        }
        boolean canAdd = c.maxItems() <= 0 || node.items().size() < c.maxItems();
        return new Field("repeat", id, node.pointer(), label, hint, "", node.state().required(), "", List.of(), errors,
                List.of(), items, canAdd ? "add:" + node.pointer() : "", "", "", "");
    }

    private List<String> errors(Node node) {
        List<String> refused = refusedFiles.getOrDefault(node.pointer(), List.of());
        if (!showErrorsAt.test(node.pointer())) {
            return refused;
        }
        List<String> errors = new ArrayList<>(refused);
        node.state().errors().stream().map(FieldMessage::message).forEach(errors::add);
        return errors;
    }

    /** An answer as the person would type it: dates as 17-3-1985, amounts with the reader's decimal mark. */
    private String shown(Component c, JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (!value.isTextual() && !value.isNumber() && !value.isObject()) {
            return value.asText();
        }
        return switch (c.type()) {
            case DATE -> reformat(value.asText(), LocalDate::parse, DATE);
            case DATETIME -> reformat(value.asText(), LocalDateTime::parse, DATE_TIME);
            case CURRENCY, NUMBER -> value.isNumber() ? decimal(value.decimalValue()) : value.asText();
            case HOUSE_NUMBER -> value.isObject() ? houseNumberOf(value.path("number"), value.path("letter"),
                    value.path("addition")) : value.asText();
            default -> text(value);
        };
    }

    private String decimal(BigDecimal number) {
        String plain = number.scale() == 1 ? number.setScale(2).toPlainString() : number.toPlainString();
        return language == Language.NL ? plain.replace('.', ',') : plain;
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    /**
     * A file upload: the files added so far, each with a button that removes it, and the file input
     * while more may be added. The input's {@code accept} goes in {@link Field#value()}.
     */
    private Field files(Node node, String id, String label, String hint, List<String> errors) {
        Component c = node.component();
        JsonNode value = node.state().value();
        List<Field.Item> items = new ArrayList<>();
        for (int i = 0; value.isArray() && i < value.size(); i++) {
            JsonNode file = value.get(i);
            long kilobytes = Math.max(1, (file.path("size").asLong() + 1023) / 1024);
            items.add(new Field.Item(say("file.item", file.path("name").asText(""), kilobytes),
                    "remove-file:" + node.pointer() + "/" + i, List.of()));
        }
        int maxCount = Math.max(1, c.file().maxCount());
        String kinds = c.file().types().isEmpty() ? say("file.kind.any")
                : String.join(", ", c.file().types().stream().map(this::kindOfFile).distinct().toList());
        long megabytes = Math.max(1, c.file().maxSize() / (1024 * 1024));
        String format = maxCount > 1 ? say("format.files", megabytes, kinds, maxCount) : say("format.file", megabytes, kinds);
        return new Field(maxCount > 1 ? "files" : "file", id, node.pointer(), label, hint, format,
                node.state().required(), String.join(",", c.file().types()), List.of(), errors, List.of(), items,
                items.size() < maxCount ? "add-file" : "", "", "", "");
    }

    /** A media type in words: "PDF", "foto of afbeelding". */
    private String kindOfFile(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/*" -> say("file.kind.image");
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            default -> mediaType;
        };
    }

    private static String houseNumber(JsonNode address) {
        return houseNumberOf(address.path("houseNumber"), address.path("houseLetter"), address.path("houseNumberAddition"));
    }

    private static String houseNumberOf(JsonNode number, JsonNode letter, JsonNode addition) {
        try {
            return new HouseNumber(number.asInt(), Optional.ofNullable(letter.textValue()),
                    Optional.ofNullable(addition.textValue())).toString();
        } catch (IllegalArgumentException e) {
            return number.asText("");
        }
    }

    private static <T> String reformat(String iso, Function<String, T> parse, DateTimeFormatter format) {
        try {
            return format.format((TemporalAccessor) parse.apply(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode each : array) {
            if (value.equals(each.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Ids from pointers: {@code /medeverhuizers/0/voornaam} is {@code veld-medeverhuizers-0-voornaam}. */
    static String id(String pointer, Component c) {
        String path = pointer.isEmpty() || c.type() == ComponentType.CONTENT
                || c.type() == ComponentType.FIELDSET ? pointer + "/" + c.key() : pointer;
        return "veld" + path.replace('/', '-');
    }

    private String say(String key, Object... args) {
        return Message.of(BUNDLE, key, args).in(language);
    }
}

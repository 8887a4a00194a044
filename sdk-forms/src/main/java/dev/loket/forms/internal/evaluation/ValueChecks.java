package dev.loket.forms.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.Iban;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.core.identifier.PhoneNumber;
import dev.loket.core.identifier.Postcode;
import dev.loket.core.identifier.Rsin;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.CustomRule;
import dev.loket.forms.definition.Option;
import dev.loket.forms.definition.Validation;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.logic.LogicContext;
import org.apache.commons.validator.routines.EmailValidator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one answer against its component: is it there when needed, does it have the right form,
 * and do the author's own rules hold. Messages say what to do, in the person's language.
 */
final class ValueChecks {

    static final String BUNDLE = "dev.loket.forms.messages";
    private static final Pattern HOUSE_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern HOUSE_ADDITION = Pattern.compile("[A-Za-z0-9]{1,4}");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Language language;
    private final LogicContext logic;

    ValueChecks(Language language, LogicContext logic) {
        this.language = language;
        this.logic = logic;
    }

    List<FieldMessage> check(Component component, JsonNode value, boolean required, JsonNode ruleData, String pointer) {
        List<FieldMessage> errors = new ArrayList<>();
        String label = component.label().isEmpty() ? component.key() : component.label().in(language);
        if (component.type() == ComponentType.DECLARATION) {
            if (!(value != null && value.isBoolean() && value.booleanValue())) {
                errors.add(message(pointer, "validation.required.declaration", label));
            }
            return errors;
        }
        if (isEmpty(value)) {
            if (required) {
                errors.add(requiredMessage(component, pointer, label));
            }
            return errors;
        }
        typeCheck(component, value, pointer, label, errors);
        if (errors.isEmpty()) {
            for (CustomRule rule : component.validation().rules()) {
                if (!Truthy.test(rule.condition().rule().evaluate(ruleData, logic))) {
                    errors.add(new FieldMessage(pointer, "validation.custom", List.of(), rule.message().in(language)));
                }
            }
        }
        return errors;
    }

    static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.textValue().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    private FieldMessage requiredMessage(Component component, String pointer, String label) {
        return switch (component.type()) {
            case RADIO, SELECT, MULTI_CHECKBOX, YES_NO, CHECKBOX, PAYMENT_CHOICE ->
                    message(pointer, "validation.required.choice", label);
            case FILE -> message(pointer, "validation.required.file", label);
            case REPEAT -> message(pointer, "validation.required.repeat", label, Math.max(1, component.minItems()));
            default -> message(pointer, "validation.required", label);
        };
    }

    private void typeCheck(Component c, JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        Validation v = c.validation();
        switch (c.type()) {
            case TEXT, TEXTAREA, HIDDEN -> text(value, v, pointer, label, errors);
            case NUMBER -> number(value, v, pointer, label, errors, "validation.number.type", false);
            case CURRENCY -> number(value, v, pointer, label, errors, "validation.currency.type", true);
            case DATE -> temporal(value, v, pointer, label, errors, "validation.date.type", LocalDate::parse, true);
            case TIME -> temporal(value, v, pointer, label, errors, "validation.time.type", LocalTime::parse, false);
            case DATETIME -> temporal(value, v, pointer, label, errors, "validation.datetime.type", LocalDateTime::parse, false);
            case EMAIL -> format(value, s -> EmailValidator.getInstance().isValid(s.trim()), pointer, label, "validation.email.type", errors);
            case PHONE -> format(value, s -> PhoneNumber.parse(s).isPresent(), pointer, label, "validation.phone.type", errors);
            case POSTCODE -> format(value, s -> Postcode.parse(s).isPresent(), pointer, label, "validation.postcode.type", errors);
            case BSN -> format(value, s -> Bsn.parse(s).isPresent(), pointer, label, "validation.bsn.type", errors);
            case IBAN -> format(value, s -> Iban.parse(s).isPresent(), pointer, label, "validation.iban.type", errors);
            case KVK -> format(value, s -> KvkNumber.parse(s).isPresent(), pointer, label, "validation.kvk.type", errors);
            case RSIN -> format(value, s -> Rsin.parse(s).isPresent(), pointer, label, "validation.rsin.type", errors);
            case HOUSE_NUMBER -> houseNumber(value, pointer, label, errors);
            case ADDRESS -> address(value, pointer, label, errors);
            case RADIO, SELECT -> choice(c, value, pointer, label, errors);
            case MULTI_CHECKBOX -> multiChoice(c, value, pointer, label, errors);
            case CHECKBOX, YES_NO -> {
                if (!value.isBoolean()) {
                    errors.add(message(pointer, "validation.boolean.type", label));
                }
            }
            case PAYMENT_CHOICE -> {
                if (!value.isTextual() || !c.paymentMethods().contains(value.textValue())) {
                    errors.add(message(pointer, "validation.payment.unknown", label));
                }
            }
            case FILE -> files(c, value, pointer, label, errors);
            case REPEAT -> repeat(c, value, pointer, label, errors);
            case COMPUTED, DECLARATION, FIELDSET, CONTENT -> {
                // Computed values come from the server; the others hold no answer to check here.
            }
        }
    }

    private void text(JsonNode value, Validation v, String pointer, String label, List<FieldMessage> errors) {
        if (!value.isTextual()) {
            errors.add(message(pointer, "validation.text.type", label));
            return;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        v.minLength().filter(min -> length < min)
                .ifPresent(min -> errors.add(message(pointer, "validation.text.min-length", label, min)));
        v.maxLength().filter(max -> length > max)
                .ifPresent(max -> errors.add(message(pointer, "validation.text.max-length", label, max, length)));
        v.pattern().filter(p -> !p.matcher(text).matches())
                .ifPresent(p -> errors.add(message(pointer, "validation.text.pattern", label)));
    }

    private void number(JsonNode value, Validation v, String pointer, String label, List<FieldMessage> errors,
                        String typeKey, boolean money) {
        Optional<BigDecimal> number = decimal(value);
        if (number.isEmpty()) {
            errors.add(message(pointer, typeKey, label));
            return;
        }
        if (money && number.get().stripTrailingZeros().scale() > 2) {
            errors.add(message(pointer, "validation.currency.cents", label));
            return;
        }
        v.minNumber().filter(min -> number.get().compareTo(min) < 0)
                .ifPresent(min -> errors.add(message(pointer, "validation.number.min", label, min.toPlainString())));
        v.maxNumber().filter(max -> number.get().compareTo(max) > 0)
                .ifPresent(max -> errors.add(message(pointer, "validation.number.max", label, max.toPlainString())));
    }

    /** A number as JSON number or as decimal text ({@code "12.50"}, also with a Dutch comma); never via double. */
    static Optional<BigDecimal> decimal(JsonNode value) {
        try {
            if (value.isNumber()) {
                return Optional.of(value.isDouble() || value.isFloat()
                        ? new BigDecimal(Double.toString(value.doubleValue())) : value.decimalValue());
            }
            if (value.isTextual()) {
                return Optional.of(new BigDecimal(value.textValue().trim().replace(',', '.')));
            }
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private <T extends Comparable<? super T>> void temporal(JsonNode value, Validation v, String pointer, String label,
                                                            List<FieldMessage> errors, String typeKey,
                                                            Function<String, T> parse, boolean bounded) {
        T parsed;
        try {
            parsed = parse.apply(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(message(pointer, typeKey, label));
            return;
        }
        if (!bounded || !(parsed instanceof LocalDate date)) {
            return;
        }
        bound(v.min()).filter(min -> date.isBefore(min))
                .ifPresent(min -> errors.add(message(pointer, "validation.date.min", label, DUTCH_DATE.format(min))));
        bound(v.max()).filter(max -> date.isAfter(max))
                .ifPresent(max -> errors.add(message(pointer, "validation.date.max", label, DUTCH_DATE.format(max))));
    }

    /** A date bound: an ISO date, or {@code today} (in the context's zone). */
    private Optional<LocalDate> bound(Optional<String> text) {
        return text.map(t -> "today".equals(t) ? LocalDate.now(logic.clock().withZone(logic.zone())) : LocalDate.parse(t));
    }

    private void format(JsonNode value, java.util.function.Predicate<String> valid, String pointer, String label,
                        String key, List<FieldMessage> errors) {
        if (!value.isTextual() || !valid.test(value.textValue())) {
            errors.add(message(pointer, key, label));
        }
    }

    private void houseNumber(JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        JsonNode number = value.path("number");
        boolean valid = value.isObject() && number.canConvertToInt() && number.asInt() >= 1 && number.asInt() <= 99999
                && optionalMatch(value.get("letter"), HOUSE_LETTER) && optionalMatch(value.get("addition"), HOUSE_ADDITION);
        if (!valid) {
            errors.add(message(pointer, "validation.house-number.type", label));
        }
    }

    private void address(JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        if (!value.isObject() || isEmpty(value.get("postcode")) || isEmpty(value.get("houseNumber"))) {
            errors.add(message(pointer, "validation.address.incomplete", label));
            return;
        }
        if (!value.get("postcode").isTextual() || Postcode.parse(value.get("postcode").textValue()).isEmpty()) {
            errors.add(message(pointer + "/postcode", "validation.postcode.type", label));
        }
        JsonNode number = value.get("houseNumber");
        if (!number.canConvertToInt() || number.asInt() < 1 || number.asInt() > 99999
                || !optionalMatch(value.get("houseLetter"), HOUSE_LETTER)
                || !optionalMatch(value.get("houseNumberAddition"), HOUSE_ADDITION)) {
            errors.add(message(pointer + "/houseNumber", "validation.house-number.type", label));
        }
    }

    private static boolean optionalMatch(JsonNode value, Pattern pattern) {
        return isEmpty(value) || (value.isTextual() && pattern.matcher(value.textValue()).matches());
    }

    private void choice(Component c, JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        if (!value.isTextual() || c.options().stream().map(Option::value).noneMatch(value.textValue()::equals)) {
            errors.add(message(pointer, "validation.choice.unknown", label));
        }
    }

    private void multiChoice(Component c, JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        boolean valid = value.isArray();
        for (JsonNode chosen : value) {
            valid &= chosen.isTextual() && c.options().stream().map(Option::value).anyMatch(chosen.textValue()::equals);
        }
        if (!valid) {
            errors.add(message(pointer, "validation.choice.unknown", label));
        }
    }

    private void files(Component c, JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        if (!value.isArray()) {
            errors.add(message(pointer, "validation.file.invalid", label));
            return;
        }
        if (value.size() > c.file().maxCount()) {
            errors.add(message(pointer, "validation.file.count", label, c.file().maxCount()));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode file = value.get(i);
            String name = file.path("name").asText("");
            String type = file.path("type").asText("");
            if (!file.isObject() || name.isBlank() || !file.path("size").canConvertToLong()) {
                errors.add(message(pointer + "/" + i, "validation.file.invalid", label));
                continue;
            }
            if (!c.file().types().isEmpty() && c.file().types().stream().noneMatch(t -> mediaTypeMatches(t, type))) {
                errors.add(message(pointer + "/" + i, "validation.file.type", label, name, String.join(", ", c.file().types())));
            }
            if (file.path("size").asLong() > c.file().maxSize()) {
                errors.add(message(pointer + "/" + i, "validation.file.size", label, name,
                        Math.max(1, c.file().maxSize() / (1024 * 1024))));
            }
        }
    }

    private static boolean mediaTypeMatches(String accepted, String actual) {
        return accepted.endsWith("/*")
                ? actual.startsWith(accepted.substring(0, accepted.length() - 1))
                : accepted.equalsIgnoreCase(actual);
    }

    private void repeat(Component c, JsonNode value, String pointer, String label, List<FieldMessage> errors) {
        boolean objects = value.isArray();
        for (JsonNode item : value) {
            objects &= item.isObject();
        }
        if (!objects) {
            errors.add(message(pointer, "validation.repeat.type", label));
            return;
        }
        if (value.size() < c.minItems()) {
            errors.add(message(pointer, "validation.required.repeat", label, c.minItems()));
        }
        if (value.size() > c.maxItems()) {
            errors.add(message(pointer, "validation.repeat.max", label, c.maxItems()));
        }
    }

    FieldMessage message(String pointer, String key, Object... params) {
        return new FieldMessage(pointer, key, List.of(params), Message.of(BUNDLE, key, params).in(language));
    }
}

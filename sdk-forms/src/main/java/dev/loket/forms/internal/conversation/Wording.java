package dev.loket.forms.internal.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.identifier.HouseNumber;
import dev.loket.core.identifier.Iban;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.Option;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the conversation says, in the person's language: questions with how to answer them, help,
 * and answers read back in words ("12 maart 1980", "ja", "Hij is gestolen"). All fixed text comes
 * from the channel's own bundle, {@code dev/loket/forms/conversation/messages*.properties}.
 */
public final class Wording {

    public static final String BUNDLE = "dev.loket.forms.conversation.messages";
    private static final String FORMS_BUNDLE = "dev.loket.forms.messages";

    private final Language language;

    public Wording(Language language) {
        this.language = language;
    }

    public String say(String key, Object... args) {
        return Message.of(BUNDLE, key, args).in(language);
    }

    /** A message of the form evaluator's bundle, for the few checks the conversation makes itself. */
    String validation(String key, Object... args) {
        return Message.of(FORMS_BUNDLE, key, args).in(language);
    }

    /** The question, the hint, and how to answer: one text per part, so a chat can show them as separate bubbles. */
    public List<String> question(Question q, int itemsSoFar) {
        Component c = q.component();
        List<String> texts = new ArrayList<>();
        switch (q.kind()) {
            case POSTCODE -> texts.add(say("ask.postcode", label(c)));
            case HOUSE_NUMBER -> texts.add(say("ask.house-number", label(c)));
            case MORE -> texts.add(itemsSoFar == 0 ? say("ask.more.first", label(c)) : say("ask.more", label(c), itemsSoFar));
            case FIELD -> field(q, texts);
            case CONTENT, ADD -> {
                // said elsewhere, or not at all
            }
        }
        return texts;
    }

    private void field(Question q, List<String> texts) {
        Component c = q.component();
        if (c.type() == ComponentType.DECLARATION) {
            texts.add(c.content().in(language));
            texts.add(say("ask.declaration"));
            return;
        }
        texts.add(label(c));
        if (!c.hint().isEmpty()) {
            texts.add(c.hint().in(language));
        }
        switch (c.type()) {
            case YES_NO, CHECKBOX -> texts.add(say("ask.yes-no"));
            case RADIO, SELECT, PAYMENT_CHOICE -> texts.add(say("ask.choice") + "\n" + numbered(choices(c)));
            case MULTI_CHECKBOX -> texts.add(say("ask.choices") + "\n" + numbered(choices(c)));
            default -> {
                if (!q.required()) {
                    texts.add(say("ask.optional"));
                }
            }
        }
    }

    /** Help for the question: its hint, how to write the answer, and the commands. */
    public List<String> help(Question q) {
        List<String> texts = new ArrayList<>();
        if (q.kind() == Question.Kind.FIELD && !q.component().hint().isEmpty()) {
            texts.add(q.component().hint().in(language));
        }
        String type = switch (q.kind()) {
            case POSTCODE -> "postcode";
            case HOUSE_NUMBER -> "houseNumber";
            case MORE -> "yesNo";
            default -> q.component().type().jsonName();
        };
        String format = say("help." + type);
        if (!format.equals("help." + type)) {
            texts.add(format);
        }
        texts.add(say("help.commands"));
        return texts;
    }

    /** The answers of a choice component, numbered from 1 in the order the person hears them. */
    public List<Choice> choices(Component c) {
        if (c.type() == ComponentType.PAYMENT_CHOICE) {
            return c.paymentMethods().stream().map(this::paymentChoice).toList();
        }
        return c.options().stream().map(this::optionChoice).toList();
    }

    private Choice optionChoice(Option option) {
        List<String> names = new ArrayList<>(option.label().texts().values());
        names.add(option.value());
        return new Choice(option.value(), option.label().in(language), names);
    }

    /** Payment methods are named by the channel, in both languages, with the everyday words for them. */
    private Choice paymentChoice(String method) {
        List<String> names = new ArrayList<>(List.of(method));
        for (Language each : Language.values()) {
            names.add(Message.of(BUNDLE, "payment." + method).in(each));
            names.addAll(Arrays.asList(Message.of(BUNDLE, "payment." + method + ".names").in(each).split(",")));
        }
        return new Choice(method, say("payment." + method), names.stream().map(String::trim).filter(n -> !n.isEmpty()).toList());
    }

    private static String numbered(List<Choice> choices) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            list.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(choices.get(i).label());
        }
        return list.toString();
    }

    /** The label, or for a declaration its statement: what the person knows the question by. */
    public String label(Component c) {
        if (!c.label().isEmpty()) {
            return c.label().in(language);
        }
        return c.content().isEmpty() ? c.key() : c.content().in(language);
    }

    /** "Medeverhuizers, nummer 2": said before the questions about one item of a group. */
    public String item(Question q) {
        return say("item", label(q.group()), q.item() + 1);
    }

    /** One numbered line of the summary: the question and the answer in words. */
    public String summaryLine(int number, Question q, JsonNode data) {
        String label = q.group() == null ? label(q.component())
                : say("summary.item-label", label(q.group()), q.item() + 1, label(q.component()));
        String key = label.endsWith("?") || label.endsWith(":") ? "summary.line.question"
                : label.endsWith(".") ? "summary.line.sentence" : "summary.line";
        return say(key, number, label, inWords(q, data.at(q.valuePointer())));
    }

    /** An answer as a person says it. */
    public String inWords(Question q, JsonNode value) {
        return inWords(q.component(), value);
    }

    /** A component's answer as a person reads it back: "12 maart 1980", "ja", "Hij is gestolen". */
    public String inWords(Component c, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return say("answer.none");
        }
        return switch (c.type()) {
            case DATE -> date(value.asText());
            case DATETIME -> dateTime(value.asText());
            case YES_NO, CHECKBOX -> say(value.asBoolean() ? "answer.yes" : "answer.no");
            case DECLARATION -> say(value.asBoolean() ? "answer.agreed" : "answer.not-agreed");
            case RADIO, SELECT, PAYMENT_CHOICE -> choiceLabel(c, value.asText());
            case MULTI_CHECKBOX -> stream(value).map(v -> choiceLabel(c, v.asText())).collect(Collectors.joining(", "));
            case CURRENCY -> amount(value);
            case IBAN -> Iban.parse(value.asText()).map(Iban::formatted).orElse(value.asText());
            case ADDRESS -> address(value);
            case HOUSE_NUMBER -> houseNumber(value.path("number"), value.path("letter"), value.path("addition"));
            default -> value.isValueNode() ? value.asText() : value.toString();
        };
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private String choiceLabel(Component c, String value) {
        return choices(c).stream().filter(ch -> ch.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }

    private String date(String iso) {
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private String dateTime(String iso) {
        try {
            return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language.locale()).format(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private String amount(JsonNode value) {
        Optional<BigDecimal> number = value.isNumber() ? Optional.of(value.decimalValue()) : NaturalValues.number(value.asText());
        DecimalFormat euro = new DecimalFormat(say("format.amount"), DecimalFormatSymbols.getInstance(language.locale()));
        euro.setParseBigDecimal(true);
        return number.map(euro::format).orElse(value.asText());
    }

    private String address(JsonNode value) {
        String number = houseNumber(value.path("houseNumber"), value.path("houseLetter"), value.path("houseNumberAddition"));
        return Stream.of(value.path("street").asText(""), value.path("postcode").asText(""), number, value.path("city").asText(""))
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static String houseNumber(JsonNode number, JsonNode letter, JsonNode addition) {
        if (!number.canConvertToInt()) {
            return number.asText("");
        }
        try {
            return new HouseNumber(number.asInt(), Optional.ofNullable(letter.textValue()),
                    Optional.ofNullable(addition.textValue())).toString();
        } catch (IllegalArgumentException e) {
            return number.asText();
        }
    }
}

package dev.loket.forms.internal.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.HouseNumber;
import dev.loket.core.identifier.Iban;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.core.identifier.PhoneNumber;
import dev.loket.core.identifier.Postcode;
import dev.loket.core.identifier.Rsin;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.logic.LogicContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed or said into the value the form stores, normalised as the web channel
 * would send it (ISO dates, {@code "1234 AB"}, E.164 phone numbers, exact amounts). What it cannot
 * read is kept as the text itself, so that the form evaluator says what is wrong in its own words
 * and the conversation asks again.
 */
public final class AnswerReader {

    /** Said to leave an optional question empty. */
    static final Set<String> SKIP = Set.of("overslaan", "sla over", "skip", "geen", "niks", "niets", "none", "nothing",
            "nee", "no", "-", "nvt", "n.v.t", "niet van toepassing", "not applicable", "n/a");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBERED = Pattern.compile("(?:nummer|optie|keuze|number|option|choice|nr)?\\s*(\\d{1,3})[.)]?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\+|\\ben\\b|\\band\\b|\\bof\\b|\\bor\\b)\\s*");

    private final Wording wording;
    private final LogicContext logic;

    public AnswerReader(Wording wording, LogicContext logic) {
        this.wording = wording;
        this.logic = logic;
    }

    /** The value for {@code q}: normalised when readable, the text as typed when not, null when skipped. */
    public JsonNode read(Question q, String text) {
        String typed = text == null ? "" : text.trim();
        String said = Words.normalise(typed);
        if (said.isEmpty()) {
            return NullNode.instance;
        }
        return switch (q.kind()) {
            case POSTCODE -> SKIP.contains(said) ? NullNode.instance : normalised(typed, Postcode::parse, Postcode::value);
            case HOUSE_NUMBER -> houseNumber(typed, "houseNumber", "houseLetter", "houseNumberAddition");
            case MORE -> NaturalValues.yesNo(typed).<JsonNode>map(NODES::booleanNode).orElse(TextNode.valueOf(typed));
            default -> field(q.component(), typed, said);
        };
    }

    private JsonNode field(Component c, String typed, String said) {
        return switch (c.type()) {
            case YES_NO, CHECKBOX, DECLARATION ->
                    NaturalValues.yesNo(typed).<JsonNode>map(NODES::booleanNode).orElse(TextNode.valueOf(typed));
            // An answer that names a choice is never a skip, even when the choice is called "Nee".
            case RADIO, SELECT, PAYMENT_CHOICE, MULTI_CHECKBOX -> choice(wording.choices(c), typed).isEmpty()
                    && SKIP.contains(said) ? NullNode.instance : value(c, typed);
            default -> SKIP.contains(said) ? NullNode.instance : value(c, typed);
        };
    }

    private JsonNode value(Component c, String typed) {
        return switch (c.type()) {
            case RADIO, SELECT, PAYMENT_CHOICE -> choice(wording.choices(c), typed)
                    .<JsonNode>map(TextNode::valueOf).orElse(TextNode.valueOf(typed));
            case MULTI_CHECKBOX -> choices(wording.choices(c), typed);
            default -> typed(c.type(), typed, today());
        };
    }

    /**
     * A typed text as the value of a component that is not a choice, normalised as every channel stores
     * it: ISO dates and times, exact numbers, {@code "1234 AB"}, E.164 phone numbers, house numbers as
     * objects. What cannot be read is the text itself, for the evaluator to explain. The web channel
     * reads its text fields with this too, so a date typed as "12 maart 1980" works there as well.
     */
    public static JsonNode typed(ComponentType type, String typed, LocalDate today) {
        return switch (type) {
            case DATE -> NaturalValues.date(typed, today).<JsonNode>map(d -> TextNode.valueOf(d.toString())).orElse(TextNode.valueOf(typed));
            case TIME -> NaturalValues.time(typed).<JsonNode>map(t -> TextNode.valueOf(t.toString())).orElse(TextNode.valueOf(typed));
            case DATETIME -> dateTime(typed, today);
            case NUMBER -> NaturalValues.number(typed).<JsonNode>map(NODES::numberNode).orElse(TextNode.valueOf(typed));
            case CURRENCY -> NaturalValues.amount(typed).<JsonNode>map(NODES::numberNode).orElse(TextNode.valueOf(typed));
            case POSTCODE -> normalised(typed, Postcode::parse, Postcode::value);
            case BSN -> normalised(typed, Bsn::parse, Bsn::value);
            case IBAN -> normalised(typed, Iban::parse, Iban::value);
            case PHONE -> normalised(typed, PhoneNumber::parse, PhoneNumber::value);
            case KVK -> normalised(typed, KvkNumber::parse, KvkNumber::value);
            case RSIN -> normalised(typed, Rsin::parse, Rsin::value);
            case EMAIL -> TextNode.valueOf(typed.replaceAll("[.,;]+$", "").replace(" ", ""));
            case HOUSE_NUMBER -> houseNumber(typed, "number", "letter", "addition");
            default -> TextNode.valueOf(typed);
        };
    }

    private LocalDate today() {
        return LocalDate.now(logic.clock().withZone(logic.zone()));
    }

    private static <T> JsonNode normalised(String typed, Function<String, Optional<T>> parse, Function<T, String> value) {
        return parse.apply(typed).<JsonNode>map(v -> TextNode.valueOf(value.apply(v))).orElse(TextNode.valueOf(typed));
    }

    private static JsonNode dateTime(String typed, LocalDate today) {
        int space = typed.trim().lastIndexOf(' ');
        if (space > 0) {
            Optional<LocalDate> date = NaturalValues.date(typed.substring(0, space), today);
            var time = NaturalValues.time(typed.substring(space + 1));
            if (date.isPresent() && time.isPresent()) {
                return TextNode.valueOf(date.get().atTime(time.get()).toString());
            }
        }
        return TextNode.valueOf(typed);
    }

    /** A house number as an object with the given names for number, letter and addition. */
    public static JsonNode houseNumber(String typed, String numberName, String letterName, String additionName) {
        Optional<HouseNumber> parsed = HouseNumber.parse(typed);
        if (parsed.isEmpty()) {
            return TextNode.valueOf(typed);
        }
        ObjectNode value = NODES.objectNode();
        value.put(numberName, parsed.get().number());
        parsed.get().letter().ifPresent(l -> value.put(letterName, l));
        parsed.get().addition().ifPresent(a -> value.put(additionName, a));
        return value;
    }

    /**
     * One choice: by its number, by its label or value (case and accents do not matter), or by a
     * part of the label that fits only one choice ("gestolen" for "Hij is gestolen").
     */
    static Optional<String> choice(List<Choice> choices, String typed) {
        String said = Words.normalise(typed);
        Matcher numbered = NUMBERED.matcher(said);
        if (numbered.matches()) {
            int index = Integer.parseInt(numbered.group(1)) - 1;
            return index >= 0 && index < choices.size() ? Optional.of(choices.get(index).value()) : Optional.empty();
        }
        List<Choice> exact = choices.stream()
                .filter(c -> c.names().stream().map(Words::normalise).anyMatch(said::equals)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0).value());
        }
        if (said.length() < 3) {
            return Optional.empty();
        }
        List<Choice> partly = choices.stream()
                .filter(c -> c.names().stream().map(Words::normalise).anyMatch(n -> n.contains(said) || said.contains(n) && n.length() >= 3))
                .toList();
        return partly.size() == 1 ? Optional.of(partly.get(0).value()) : Optional.empty();
    }

    /** Several choices: "1 en 3", "1, 3", "contant of pin"; the text as typed when one of them is not a choice. */
    private static JsonNode choices(List<Choice> choices, String typed) {
        ArrayNode chosen = NODES.arrayNode();
        List<String> parts = new ArrayList<>(List.of(LIST_SEPARATOR.split(Words.normalise(typed))));
        if (parts.size() == 1 && parts.get(0).matches("\\d+( \\d+)+")) {
            parts = List.of(parts.get(0).split(" "));
        }
        for (String part : parts) {
            Optional<String> value = choice(choices, part);
            if (value.isEmpty()) {
                return TextNode.valueOf(typed);
            }
            if (!chosen.toString().contains("\"" + value.get() + "\"")) {
                chosen.add(value.get());
            }
        }
        return chosen;
    }
}

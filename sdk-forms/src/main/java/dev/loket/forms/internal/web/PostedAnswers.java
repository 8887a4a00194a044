package dev.loket.forms.internal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.core.identifier.HouseNumber;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.internal.JsonPointers;
import dev.loket.forms.internal.conversation.AnswerReader;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a posted page into the answers: only the fields the page showed, each normalised the way
 * every channel stores it. An empty field removes the answer, so the evaluator can say it is
 * missing; what cannot be read is kept as typed, so the person sees it again next to the message.
 */
final class PostedAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String[]> form;
    private final LocalDate today;

    PostedAnswers(Map<String, String[]> form, LocalDate today) {
        this.form = form;
        this.today = today;
    }

    /** Writes the answers of the shown nodes into {@code data}. */
    void readInto(List<Node> shown, ObjectNode data) {
        for (Node node : shown) {
            if (!node.state().visible()) {
                continue;
            }
            switch (node.component().type()) {
                case FIELDSET -> readInto(node.children(), data);
                case REPEAT -> node.items().forEach(item -> readInto(item.children(), data));
                case CONTENT, COMPUTED, HIDDEN, FILE -> {
                    // Nothing to type in; files come as uploads and stay in the answers until removed.
                }
                default -> JsonPointers.set(data, node.pointer(), value(node.component(), node.pointer()));
            }
        }
    }

    private JsonNode value(Component c, String name) {
        return switch (c.type()) {
            case CHECKBOX -> BooleanNode.valueOf("true".equals(first(name)));
            case DECLARATION -> "true".equals(first(name)) ? BooleanNode.TRUE : null;
            case YES_NO -> "true".equals(first(name)) ? BooleanNode.TRUE
                    : "false".equals(first(name)) ? BooleanNode.FALSE : null;
            case RADIO, SELECT, PAYMENT_CHOICE -> text(name).<JsonNode>map(TextNode::valueOf).orElse(null);
            case MULTI_CHECKBOX -> choices(name);
            case ADDRESS -> address(name);
            default -> text(name).map(t -> AnswerReader.typed(c.type(), t, today)).orElse(null);
        };
    }

    private JsonNode choices(String name) {
        String[] values = form.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        ArrayNode chosen = NODES.arrayNode();
        for (String value : values) {
            chosen.add(value);
        }
        return chosen;
    }

    /** The address's parts; the house number field takes number, letter and addition in one ("12 A bis"). */
    private JsonNode address(String name) {
        ObjectNode address = NODES.objectNode();
        text(name + "/postcode").map(t -> AnswerReader.typed(ComponentType.POSTCODE, t, today))
                .ifPresent(v -> address.set("postcode", v));
        text(name + "/houseNumber").ifPresent(typed -> {
            Optional<HouseNumber> number = HouseNumber.parse(typed);
            if (number.isPresent()) {
                address.put("houseNumber", number.get().number());
                number.get().letter().ifPresent(l -> address.put("houseLetter", l));
                number.get().addition().ifPresent(a -> address.put("houseNumberAddition", a));
            } else {
                address.put("houseNumber", typed);
            }
        });
        text(name + "/street").ifPresent(t -> address.put("street", t));
        text(name + "/city").ifPresent(t -> address.put("city", t));
        return address.isEmpty() ? null : address;
    }

    private Optional<String> text(String name) {
        String value = first(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private String first(String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}

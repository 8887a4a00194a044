package dev.loket.forms.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Json;
import dev.loket.forms.draft.Draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the answers bound to a login back over what a channel saves. A person cannot change them on a
 * page (the fields are read-only), so a different value only comes from a forged request or an API
 * client; putting the login's value back, rather than refusing the save, keeps every other answer of
 * that save and never leaves a person stuck on a field they cannot change.
 */
public final class BoundAnswers {

    private BoundAnswers() {
    }

    /**
     * The answers with every bound answer as it was bound.
     *
     * @param answers a JSON object of answers
     * @param bound   a JSON object of bound answers by top-level key; {@value Draft#NOTHING_BOUND} when none
     */
    public static String keep(String answers, String bound) {
        if (bound == null || bound.equals(Draft.NOTHING_BOUND)) {
            return answers;
        }
        ObjectNode kept = object(answers);
        kept.setAll(object(bound));
        return kept.toString();
    }

    /** The keys of the bound answers, in their order; empty when none. */
    public static List<String> keys(String bound) {
        if (bound == null || bound.equals(Draft.NOTHING_BOUND)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        object(bound).fieldNames().forEachRemaining(keys::add);
        return List.copyOf(keys);
    }

    private static ObjectNode object(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            return node instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
        } catch (JsonProcessingException notJson) {
            return Json.mapper().createObjectNode();
        }
    }
}

package dev.loket.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;

import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON Logic expression kept with a product: an eligibility rule over named facts
 * ({@code {"<": [{"var": "age"}, 18]}}) or a fee formula. The catalogue only keeps and exchanges
 * rules; sdk-forms' engine evaluates them. Immutable: {@link #node()} gives a copy.
 */
public final class JsonLogicRule {

    private final JsonNode node;

    private JsonLogicRule(JsonNode node) {
        this.node = node;
    }

    /** A rule from its JSON tree; the tree is copied. */
    @JsonCreator
    public static JsonLogicRule of(JsonNode node) {
        Objects.requireNonNull(node, "A rule is required");
        if (node.isMissingNode() || node.isNull()) {
            throw new IllegalArgumentException("A rule is a JSON Logic expression, not null");
        }
        return new JsonLogicRule(node.deepCopy());
    }

    /** A rule from its JSON text. */
    public static JsonLogicRule parse(String json) {
        try {
            return of(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A rule is JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A copy of the rule's tree. */
    @JsonValue
    public JsonNode node() {
        return node.deepCopy();
    }

    /** The rule as compact JSON text. */
    public String json() {
        return node.toString();
    }

    /**
     * The names of the facts the rule reads ({@code var} operands), in alphabetical order: what a
     * person must tell before the rule can be decided.
     */
    public Set<String> facts() {
        Set<String> facts = new TreeSet<>();
        collectFacts(node, facts);
        return Set.copyOf(facts);
    }

    private static void collectFacts(JsonNode node, Set<String> facts) {
        if (node.isObject()) {
            Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode operand = field.getValue();
                if (field.getKey().equals("var")) {
                    JsonNode name = operand.isArray() && !operand.isEmpty() ? operand.get(0) : operand;
                    if (name.isTextual() && !name.asText().isEmpty()) {
                        facts.add(name.asText());
                    }
                }
                collectFacts(operand, facts);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectFacts(child, facts));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonLogicRule rule && rule.node.equals(node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return json();
    }
}

package dev.loket.forms.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;
import dev.loket.forms.internal.definition.DefinitionParser;

import java.util.List;

/**
 * Reads Loket form definitions (format {@code "loket": "1.0"}, described by
 * {@code spec/schemas/form-definition.schema.json}).
 */
public final class FormDefinitions {

    private FormDefinitions() {
    }

    /**
     * Parses and checks a definition: unknown types, bad logic, duplicate keys, references to
     * unknown keys and cycles between computed values are all reported together.
     *
     * @throws InvalidDefinitionException with every problem found
     */
    public static FormDefinition parse(JsonNode definition) {
        return new DefinitionParser().parse(definition);
    }

    /** As {@link #parse(JsonNode)}, from JSON text. */
    public static FormDefinition parse(String json) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(List.of(new DefinitionProblem("", "not-json",
                    "The definition is not valid JSON: " + e.getOriginalMessage())));
        }
        return parse(tree);
    }
}

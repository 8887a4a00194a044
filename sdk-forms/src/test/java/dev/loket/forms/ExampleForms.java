package dev.loket.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.FormDefinitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The example forms under {@code src/test/resources/forms}, for tests and benchmarks. */
public final class ExampleForms {

    public static final List<String> NAMES = List.of("aanvraag-identiteitskaart-verlies", "verhuizing", "bijzondere-bijstand");

    /** Reads decimals exactly, as a channel must for money. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ExampleForms() {
    }

    public static JsonNode json(String name) {
        try (InputStream in = ExampleForms.class.getResourceAsStream("/forms/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No example form " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormDefinition definition(String name) {
        return FormDefinitions.parse(json(name));
    }

    public static JsonNode data(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

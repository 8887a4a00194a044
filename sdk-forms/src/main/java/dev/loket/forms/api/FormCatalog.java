package dev.loket.forms.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.FormDefinitions;
import dev.loket.forms.evaluation.FormEvaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forms an application offers, each parsed once and kept with its evaluator. Definitions
 * come from the class path; a definition with problems stops the application at start-up with
 * every problem listed, rather than failing a citizen halfway through.
 */
public final class FormCatalog {

    /** A form on offer: its definition as written, parsed, and ready to evaluate. */
    public record Entry(JsonNode source, FormDefinition definition, FormEvaluator evaluator) {
    }

    private static final String BUNDLE = "dev.loket.forms.messages";
    private static final ProblemType UNKNOWN_FORM = ProblemType.of("forms/unknown-form", 404, BUNDLE);

    private final Map<String, Entry> forms;

    private FormCatalog(Map<String, Entry> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /**
     * Loads definitions from class-path resources, e.g. {@code forms/verhuizing.json}.
     *
     * @throws dev.loket.forms.definition.InvalidDefinitionException when a definition has problems
     * @throws IllegalArgumentException when a resource is missing or two forms share an id
     */
    public static FormCatalog fromClassPath(List<String> resources) {
        Map<String, Entry> forms = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : FormCatalog.class.getClassLoader();
        for (String resource : resources) {
            try (InputStream in = loader.getResourceAsStream(resource.strip())) {
                if (in == null) {
                    throw new IllegalArgumentException("Form definition " + resource + " is not on the class path");
                }
                JsonNode source = Json.mapper().readTree(in);
                FormDefinition definition = FormDefinitions.parse(source);
                if (forms.putIfAbsent(definition.id(), new Entry(source, definition, new FormEvaluator(definition))) != null) {
                    throw new IllegalArgumentException("Two form definitions have the id " + definition.id());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read form definition " + resource, e);
            }
        }
        return new FormCatalog(forms);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /**
     * The form on offer, for a channel that was asked for it by id.
     *
     * @throws LoketException {@code forms/unknown-form} (404) that names the form asked for
     */
    public Entry require(String id) {
        return find(id).orElseThrow(() ->
                new LoketException(UNKNOWN_FORM, Message.of(BUNDLE, "problem.forms/unknown-form.detail", id)));
    }

    public Collection<Entry> all() {
        return forms.values();
    }
}

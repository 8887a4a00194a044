package dev.loket.forms.formio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.ExampleForms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Form.io forms in the repository's test data ({@code testdata/formio-core-fixtures},
 * {@code testdata/openforms-example-exports}; see their SOURCE.txt), sorted into forms and the rest.
 */
final class FormioCorpus {

    /** A Form.io form found in the data, with where it came from. */
    record Sample(String name, JsonNode form) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Path DATA = Path.of(System.getProperty("loket.test.data", "../testdata"));

    private FormioCorpus() {
    }

    /** Fixture files: a form, a {"form", "submission"} pair (the form counts), or something else (skipped). */
    static List<Path> coreFixtureFiles() {
        try (Stream<Path> files = Files.walk(DATA.resolve("formio-core-fixtures/src"))) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("fixtures"))
                    .filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sample> coreFixtureForms() {
        List<Sample> forms = new ArrayList<>();
        for (Path file : coreFixtureFiles()) {
            formIn(read(file)).ifPresent(form -> forms.add(new Sample("formio-core/" + file.getFileName(), form)));
        }
        return forms;
    }

    static java.util.Optional<JsonNode> formIn(JsonNode json) {
        if (json.isObject() && json.path("components").isArray()) {
            return java.util.Optional.of(json);
        }
        if (json.isObject() && json.path("form").path("components").isArray()) {
            return java.util.Optional.of(json.get("form"));
        }
        return java.util.Optional.empty();
    }

    /** Every form definition's {@code configuration} in every extracted Open Forms export. */
    static List<Sample> openFormsConfigurations() {
        List<Sample> forms = new ArrayList<>();
        try (Stream<Path> exports = Files.list(DATA.resolve("openforms-example-exports/extracted"))) {
            for (Path export : exports.sorted().toList()) {
                JsonNode definitions = read(export.resolve("formDefinitions.json"));
                for (JsonNode definition : definitions) {
                    forms.add(new Sample("openforms/" + export.getFileName() + "/" + definition.path("slug").asText(),
                            definition.get("configuration")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    static Sample coreFixture(String fileName) {
        return coreFixtureForms().stream().filter(s -> s.name().endsWith("/" + fileName)).findFirst().orElseThrow();
    }

    static Sample openForms(String export, String slug) {
        return openFormsConfigurations().stream().filter(s -> s.name().equals("openforms/" + export + "/" + slug))
                .findFirst().orElseThrow();
    }

    static JsonNode read(Path file) {
        try {
            return ExampleForms.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.SharedData;
import dev.loket.core.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the export against the CPSV-AP 3.2.0 SHACL shapes: every node of a class has the
 * properties its shape requires (sh:minCount), uses only properties the shapes define for it, and
 * gives language-tagged strings where the shape asks for rdf:langString.
 */
class CpsvApWriterTest {

    private static final CatalogueDocument SAMPLE = SampleCatalogue.load();
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /** A class's shape: the property paths it defines, those it requires, those that are language strings. */
    record Shape(Set<String> properties, Set<String> required, Set<String> langStrings) {
    }

    static Map<String, Shape> shapes() throws IOException {
        JsonNode shacl = Json.mapper().readTree(SharedData.path("cpsv-ap-semic", "releases", "3.2.0", "shacl", "cpsv-ap-SHACL.jsonld").toFile());
        Map<String, Shape> shapes = new HashMap<>();
        for (JsonNode shape : shacl.get("shapes")) {
            Shape s = shapes.computeIfAbsent(shape.path("sh:targetClass").asText(), c -> new Shape(new HashSet<>(), new HashSet<>(), new HashSet<>()));
            for (JsonNode property : shape.path("sh:property")) {
                String path = property.get("sh:path").asText();
                s.properties.add(path);
                if (property.path("sh:minCount").asInt(0) > 0) {
                    s.required.add(path);
                }
                if (RDF_LANG_STRING.equals(property.path("sh:datatype").asText())) {
                    s.langStrings.add(path);
                }
            }
        }
        return shapes;
    }

    static String expand(String term, JsonNode context) {
        int colon = term.indexOf(':');
        if (colon > 0 && context.has(term.substring(0, colon))) {
            return context.get(term.substring(0, colon)).asText() + term.substring(colon + 1);
        }
        return term;
    }

    private static JsonNode export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CpsvApWriter writer = JsonLd.cpsvAp(out, SAMPLE.lifeEvents())) {
            SAMPLE.products().forEach(writer::write);
        }
        return Json.mapper().readTree(out.toByteArray());
    }

    @Test
    void everyNodeHasWhatItsShapeRequiresAndOnlyWhatTheShapesDefine() throws IOException {
        Map<String, Shape> shapes = shapes();
        JsonNode document = export();
        JsonNode context = document.get("@context");
        Map<String, Integer> typesSeen = new HashMap<>();

        for (JsonNode node : document.get("@graph")) {
            String type = expand(node.get("@type").asText(), context);
            typesSeen.merge(node.get("@type").asText(), 1, Integer::sum);
            Shape shape = shapeOf(type, shapes);
            assertThat(shape).as("a shape for " + type).isNotNull();
            Set<String> present = new HashSet<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.startsWith("@")) {
                    continue;
                }
                String property = expand(name, context);
                present.add(property);
                assertThat(shape.properties()).as(type + " defines " + property).contains(property);
                if (shape.langStrings().contains(property)) {
                    for (JsonNode value : node.get(name).isArray() ? node.get(name) : Json.mapper().createArrayNode().add(node.get(name))) {
                        assertThat(value.has("@language")).as(property + " of " + node.get("@id") + " is language-tagged").isTrue();
                    }
                }
            }
            assertThat(present).as(node.get("@id") + " has what " + type + " requires").containsAll(shape.required());
        }
        assertThat(typesSeen).containsKeys("cpsv:PublicService", "cv:PublicOrganisation", "cv:Channel", "cv:Cost",
                "cv:Requirement", "cv:Evidence", "cv:Output", "eli:LegalResource", "cv:LifeEvent", "cv:BusinessEvent");
        assertThat(typesSeen.get("cpsv:PublicService")).isEqualTo(SAMPLE.products().size());
    }

    @Test
    void everyReferenceIsToANodeInTheGraphOrAConceptOutsideIt() throws IOException {
        JsonNode document = export();
        Set<String> ids = new HashSet<>();
        document.get("@graph").forEach(node -> ids.add(node.get("@id").asText()));
        for (JsonNode node : document.get("@graph")) {
            for (String property : Set.of("cv:hasCompetentAuthority", "cv:hasChannel", "cv:hasCost", "cv:holdsRequirement",
                    "cpsv:hasInput", "cpsv:produces", "cv:isGroupedBy", "cv:relatedService", "cv:ifAccessedThrough")) {
                for (JsonNode ref : node.path(property)) {
                    assertThat(ids).as(property + " of " + node.get("@id")).contains(ref.has("@id") ? ref.get("@id").asText() : node.get(property).get("@id").asText());
                }
            }
        }
    }

    @Test
    void aCostKeepsItsExactAmountAndTheChannelItAppliesTo() throws IOException {
        JsonNode document = export();
        JsonNode cost = null;
        for (JsonNode node : document.get("@graph")) {
            if (node.get("@id").asText().equals("https://catalogus.voorbeeld.nl/utrecht/brp-uittreksel#cost-2")) {
                cost = node;
            }
        }
        assertThat(cost).isNotNull();
        assertThat(cost.get("cv:hasValue").get("@value").asText()).isEqualTo("16.20");
        assertThat(cost.get("cv:currency").get("@id").asText()).endsWith("/currency/EUR");
        assertThat(cost.get("cv:ifAccessedThrough").get(0).get("@id").asText())
                .isEqualTo("https://catalogus.voorbeeld.nl/utrecht/brp-uittreksel#channel-2");
    }

    /** A LifeEvent or BusinessEvent is an Event: its own shape's properties and the Event shape's. */
    private static Shape shapeOf(String type, Map<String, Shape> shapes) {
        Shape own = shapes.get(type);
        if (type.endsWith("/LifeEvent") || type.endsWith("/BusinessEvent")) {
            Shape event = shapes.get("http://data.europa.eu/m8g/Event");
            Set<String> properties = new HashSet<>(event.properties());
            properties.addAll(own.properties());
            return new Shape(properties, event.required(), event.langStrings());
        }
        return own;
    }
}

package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.SharedData;
import dev.loket.core.Json;
import dev.loket.core.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the schema.org export against schema.org 30.0 itself: every type exists, every property
 * is one whose domain includes the node's type or a supertype, and the GovernmentService shape's
 * constraints (jurisdiction an AdministrativeArea or text, serviceOperator an Organization) hold.
 */
class SchemaOrgWriterTest {

    private static final List<Product> SAMPLE = SampleCatalogue.load().products();
    private static final Map<String, Set<String>> SUPERCLASSES = new HashMap<>();
    private static final Map<String, Set<String>> DOMAINS = new HashMap<>();

    @BeforeAll
    static void readSchemaOrg() throws IOException {
        String ttl = Files.readString(SharedData.path("schemaorg-governmentservice", "schemaorg-30.0-current-https.ttl"));
        Pattern block = Pattern.compile("(?ms)^schema:(\\w+) a (rdfs:Class|rdf:Property)(.*?) \\.$");
        Matcher m = block.matcher(ttl);
        while (m.find()) {
            Set<String> targets = new HashSet<>();
            String body = m.group(3);
            String relation = m.group(2).equals("rdfs:Class") ? "rdfs:subClassOf" : "schema:domainIncludes";
            Matcher list = Pattern.compile(relation + " ([^;]*?)(;|$)", Pattern.DOTALL).matcher(body);
            while (list.find()) {
                Matcher name = Pattern.compile("schema:(\\w+)").matcher(list.group(1));
                while (name.find()) {
                    targets.add(name.group(1));
                }
            }
            (m.group(2).equals("rdfs:Class") ? SUPERCLASSES : DOMAINS).put(m.group(1), targets);
        }
    }

    static Set<String> withSupertypes(String type) {
        Set<String> all = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (all.add(next)) {
                todo.addAll(SUPERCLASSES.getOrDefault(next, Set.of()));
            }
        }
        return all;
    }

    private static void checkNode(JsonNode node) {
        String type = node.get("@type").asText();
        assertThat(SUPERCLASSES).as("schema.org has the type " + type).containsKey(type);
        Set<String> types = withSupertypes(type);
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("@")) {
                continue;
            }
            assertThat(DOMAINS).as("schema.org has the property " + field.getKey()).containsKey(field.getKey());
            assertThat(DOMAINS.get(field.getKey())).as(field.getKey() + " applies to " + type).containsAnyElementsOf(types);
            for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
                if (value.isObject()) {
                    checkNode(value);
                }
            }
        }
    }

    @Test
    void everyTypeAndPropertyIsSchemaOrgsAndFitsWhereItIsUsed() {
        SAMPLE.forEach(product -> checkNode(SchemaOrgWriter.governmentService(product, Language.NL)));
    }

    @Test
    void followsTheGovernmentServiceShape() {
        for (Product product : SAMPLE) {
            JsonNode service = SchemaOrgWriter.governmentService(product, Language.EN);
            assertThat(service.get("@context").asText()).isEqualTo("https://schema.org");
            assertThat(service.get("@type").asText()).isEqualTo("GovernmentService");
            assertThat(withSupertypes(service.get("jurisdiction").get("@type").asText())).contains("AdministrativeArea");
            assertThat(withSupertypes(service.get("serviceOperator").get("@type").asText())).contains("Organization");
            assertThat(service.get("name").asText()).isEqualTo(product.name().in(Language.EN));
        }
    }

    @Test
    void showsWhereCashIsAccepted() {
        Product idCard = SAMPLE.stream().filter(p -> p.id().toString().endsWith("utrecht/identiteitskaart")).findFirst().orElseThrow();
        JsonNode offer = SchemaOrgWriter.governmentService(idCard, Language.NL).get("offers").get(0);
        assertThat(offer.get("price").asText()).isEqualTo("77.85");
        assertThat(offer.get("acceptedPaymentMethod").toString()).contains("goodrelations/v1#Cash");
    }

    @Test
    void aWholeCatalogueIsOneGraph() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SchemaOrgWriter writer = JsonLd.schemaOrg(out, Language.NL)) {
            SAMPLE.forEach(writer::write);
        }
        JsonNode document = Json.mapper().readTree(out.toByteArray());
        assertThat(document.get("@graph")).hasSize(SAMPLE.size());
        document.get("@graph").forEach(SchemaOrgWriterTest::checkNode);
    }

    @Test
    void embeddedJsonLdCannotCloseItsScriptElement() throws IOException {
        Product hostile = SAMPLE.get(0).toBuilder().name("</script><script>alert(1)</script>", null).build();
        String embedded = JsonLd.forScriptElement(SchemaOrgWriter.governmentService(hostile, Language.NL));
        assertThat(embedded).doesNotContain("</script").doesNotContain("<");
        assertThat(Json.mapper().readTree(embedded).get("name").asText()).isEqualTo("</script><script>alert(1)</script>");
    }
}

package dev.loket.catalogue.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.SampleCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSchemaTest {

    private static final JsonNode SCHEMA_JSON = read();
    private static final JsonSchema PRODUCT = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_JSON);
    private static final JsonSchema CATALOGUE = catalogueSchema();

    private static JsonNode read() {
        try {
            Path file = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../"), "spec", "schemas", "product.schema.json");
            if (!Files.exists(file)) {
                file = Path.of("../spec/schemas/product.schema.json");
            }
            return LoketJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same schema with its catalogue definition as the root. */
    private static JsonSchema catalogueSchema() {
        ObjectNode schema = SCHEMA_JSON.deepCopy();
        schema.put("$ref", "#/$defs/catalogue");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    @Test
    void theSampleCatalogueFollowsTheSchema() {
        CatalogueDocument sample = SampleCatalogue.load();
        JsonNode document = LoketJson.mapper().valueToTree(sample);

        assertThat(CATALOGUE.validate(document)).isEmpty();
        for (JsonNode product : document.get("products")) {
            assertThat(PRODUCT.validate(product)).as(product.get("id").asText()).isEmpty();
        }
        assertThat(document.get("lifeEvents")).hasSize(8);
    }

    @Test
    void theSchemaRefusesWhatTheModelRefuses() {
        ObjectNode product = LoketJson.mapper().valueToTree(SampleCatalogue.load().products().get(0));
        ObjectNode noAudience = product.deepCopy();
        noAudience.putArray("audiences");
        ObjectNode badOwner = product.deepCopy();
        badOwner.put("owner", "Gemeente Utrecht");
        ObjectNode counterWithoutAddress = product.deepCopy();
        ((ObjectNode) counterWithoutAddress.get("channels").get(1)).remove("address");
        ObjectNode extra = product.deepCopy();
        extra.put("price", 12);

        for (ObjectNode wrong : new ObjectNode[] {noAudience, badOwner, counterWithoutAddress, extra}) {
            Set<ValidationMessage> errors = PRODUCT.validate(wrong);
            assertThat(errors).as(wrong.toString()).isNotEmpty();
            assertThatModelRefuses(wrong);
        }
    }

    private static void assertThatModelRefuses(JsonNode product) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoketJson.readProduct(product.toString()))
                .isInstanceOf(InvalidCatalogueException.class);
    }
}

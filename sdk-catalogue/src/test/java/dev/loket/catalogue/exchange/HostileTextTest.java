package dev.loket.catalogue.exchange;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.catalogue.SharedData;
import dev.loket.catalogue.exchange.jsonld.CpsvApWriter;
import dev.loket.catalogue.exchange.jsonld.JsonLd;
import dev.loket.catalogue.exchange.jsonld.SchemaOrgWriter;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.exchange.sc.ScFeedWriter;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.Rejection;
import dev.loket.core.Json;
import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Big List of Naughty Strings as product names, descriptions and keywords: what the model takes,
 * every format writes and reads back; what no format can carry (XML-illegal characters) the model refuses.
 */
class HostileTextTest {

    private static final Product BASE = SampleCatalogue.load().products().get(0);

    static List<String> naughty() throws IOException {
        List<String> strings = new ArrayList<>(Json.mapper().readValue(
                SharedData.path("big-list-of-naughty-strings", "blns.json").toFile(), new TypeReference<List<String>>() {
                }));
        strings.add("</overheidproduct:scproduct><![CDATA[x]]>");
        strings.add("\"}]},{\"owner\":\"politie\"");
        return strings.stream().filter(s -> !s.isBlank()).toList();
    }

    @Test
    void everyFormatCarriesHostileTextUnchanged() throws IOException {
        List<Product> products = new ArrayList<>();
        List<String> strings = naughty();
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            try {
                products.add(BASE.toBuilder().id(URI.create(BASE.id() + "-" + i)).name(LocalizedText.of(text, text))
                        .description(LocalizedText.dutch(text)).clearChannels().keyword(text).build());
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).contains("cannot be exchanged");
            }
        }
        assertThat(products).hasSizeGreaterThan(450);

        CatalogueDocument document = new CatalogueDocument(products, List.of());
        assertThat(LoketJson.read(LoketJson.write(document))).isEqualTo(document);

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (ScFeedWriter writer = SamenwerkendeCatalogi.writer(xml)) {
            products.forEach(writer::write);
        }
        List<Product> back = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        SamenwerkendeCatalogi.read(new ByteArrayInputStream(xml.toByteArray()), AgencyDirectory.of(products), new ProductSink() {
            @Override
            public boolean add(Product product) {
                return back.add(product);
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.add(rejection);
            }
        });
        assertThat(rejected).isEmpty();
        assertThat(back).hasSameSizeAs(products);
        for (int i = 0; i < products.size(); i++) {
            assertThat(back.get(i).name().nl()).isEqualTo(products.get(i).name().nl().trim());
            assertThat(back.get(i).description().nl()).isEqualTo(products.get(i).description().nl().trim().replaceAll("\\s+", " "));
        }

        ByteArrayOutputStream cpsv = new ByteArrayOutputStream();
        try (CpsvApWriter writer = JsonLd.cpsvAp(cpsv, List.of())) {
            products.forEach(writer::write);
        }
        assertThat(Json.mapper().readTree(cpsv.toByteArray()).get("@graph").size()).isGreaterThan(products.size());
        for (Product product : products) {
            String embedded = JsonLd.forScriptElement(SchemaOrgWriter.governmentService(product, Language.EN));
            assertThat(embedded).doesNotContain("<");
            assertThat(Json.mapper().readTree(embedded).get("name").asText()).isEqualTo(product.name().en().orElseThrow());
        }
    }

    @Test
    void refusesTextNoExchangeFormatCanCarry() {
        for (String text : List.of("ID\u0000kaart", "bel\u0007", "\uD800alleen", "x\uFFFE")) {
            assertThatThrownBy(() -> LocalizedText.dutch(text)).hasMessageContaining("cannot be exchanged");
        }
        assertThat(LocalizedText.dutch("regel 1\nregel 2\tmet tab").nl()).contains("\n");
        assertThat(LocalizedText.dutch("emoji \uD83D\uDE00").nl()).endsWith("\uD83D\uDE00");
    }
}

package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue API on the portal: reading, an agency's own products with its API key, exports in
 * every format, the portal's signed feed taken back in, and Samenwerkende Catalogi imports.
 */
class CatalogueApiIT {

    static final String UTRECHT = "Bearer utrecht-development-only-api-key";
    static final String BUREN = "Bearer buren-development-only-api-key";
    static final String ID_CARD = "https://catalogus.voorbeeld.nl/utrecht/identiteitskaart";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    static String product(String id) {
        return "/api/catalogue/product?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** A product of {@code owner} (utrecht or buren) under its registered name, in its registered area. */
    static String newProduct(String id, String owner) {
        boolean utrecht = owner.equals("utrecht");
        return newProduct(id, owner, utrecht ? "Gemeente Utrecht" : "Gemeente Buren", utrecht ? "GM0344" : "GM0214");
    }

    static String newProduct(String id, String authority, String authorityName, String area) {
        return "{\"id\":\"" + id + "\",\"name\":{\"nl\":\"Afvalpas\",\"en\":\"Waste pass\"},"
                + "\"description\":{\"nl\":\"Met de afvalpas brengt u afval naar het afvalbrengstation.\"},"
                + "\"audiences\":[\"CITIZEN\"],"
                + "\"competentAuthority\":{\"id\":\"" + authority + "\",\"name\":\"" + authorityName + "\",\"type\":\"MUNICIPALITY\"},"
                + "\"spatialScope\":{\"kind\":\"MUNICIPALITY\",\"code\":\"" + area + "\",\"name\":\"Gemeente\"},"
                + "\"channels\":[{\"kind\":\"COUNTER\",\"address\":{\"street\":\"Stadsplateau\",\"houseNumber\":\"1\",\"postcode\":\"3521 AZ\",\"city\":\"Utrecht\"},"
                + "\"appointmentRequired\":false,\"availability\":{\"always\":false},\"paymentMethods\":[\"CASH\",\"PIN\"]}],"
                + "\"costs\":[{\"description\":{\"nl\":\"Nieuwe pas\"},\"amount\":{\"amount\":7.50,\"currency\":\"EUR\"},\"currency\":\"EUR\"}]}";
    }

    @Test
    void readsTheSampleCatalogueWithoutAKey() {
        HttpResponse<String> idCard = Portal.get(product(ID_CARD));
        HttpResponse<String> police = Portal.get("/api/catalogue/products?owner=politie");

        assertThat(idCard.statusCode()).isEqualTo(200);
        assertThat(Portal.json(idCard).get("upl").get("name").asText()).isEqualTo("identiteitskaart");
        assertThat(Portal.json(idCard).get("costs").get(0).get("amount").get("amount").decimalValue()).isEqualByComparingTo("77.85");
        assertThat(Portal.json(police).get("products").findValuesAsText("owner")).isNotEmpty().containsOnly("politie");
        assertThat(Portal.json(Portal.get("/api/catalogue/products?limit=5")).get("products")).hasSize(5);
    }

    @Test
    void answersAnUnknownProductAndABadIdWithProblems() {
        HttpResponse<String> unknown = Portal.get(product("https://catalogus.voorbeeld.nl/utrecht/bestaat-niet"), "Accept-Language", "en");
        HttpResponse<String> bad = Portal.get("/api/catalogue/product?id=paspoort");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Portal.json(unknown).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/unknown-product");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void changingTheCatalogueNeedsAnAgencysKey() {
        String id = "https://catalogus.voorbeeld.nl/utrecht/afvalpas-zonder-sleutel";
        HttpResponse<String> none = Portal.send("POST", "/api/catalogue/products", "application/json", newProduct(id, "utrecht"));
        HttpResponse<String> wrong = Portal.send("POST", "/api/catalogue/products", "application/json", newProduct(id, "utrecht"),
                "Authorization", "Bearer geraden");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(Portal.json(none).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/unauthenticated");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Portal.get(product(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void anAgencyCreatesChangesAndRemovesItsOwnProduct() throws Exception {
        String id = "https://catalogus.voorbeeld.nl/utrecht/afvalpas";
        HttpResponse<String> created = Portal.send("POST", "/api/catalogue/products", "application/json", newProduct(id, "utrecht"),
                "Authorization", UTRECHT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("afvalpas"));
        assertThat(Portal.json(created).get("owner").asText()).isEqualTo("utrecht");

        ObjectNode changed = (ObjectNode) JSON.readTree(newProduct(id, "utrecht"));
        changed.putObject("name").put("nl", "Afvalpas aanvragen");
        HttpResponse<String> replaced = Portal.send("PUT", product(id), "application/json", changed.toString(), "Authorization", UTRECHT);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(Portal.json(Portal.get(product(id))).get("name").get("nl").asText()).isEqualTo("Afvalpas aanvragen");

        HttpResponse<String> removed = Portal.send("DELETE", product(id), "application/json", "", "Authorization", UTRECHT);
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(Portal.get(product(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void anAgencyCannotChangeOrPublishAnotherAgencysProduct() {
        HttpResponse<String> change = Portal.send("PUT", product(ID_CARD), "application/json",
                newProduct(ID_CARD, "buren").replace("\"audiences\"", "\"owner\":\"buren\",\"audiences\""), "Authorization", BUREN,
                "Accept-Language", "nl");
        HttpResponse<String> remove = Portal.send("DELETE", product(ID_CARD), "application/json", "", "Authorization", BUREN);
        HttpResponse<String> inTheirName = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct("https://catalogus.voorbeeld.nl/utrecht/namens-utrecht", "utrecht").replace("\"audiences\"", "\"owner\":\"utrecht\",\"audiences\""),
                "Authorization", BUREN);

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(Portal.json(change).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/not-owner");
        assertThat(Portal.json(change).get("detail").asText()).contains("utrecht");
        assertThat(remove.statusCode()).isEqualTo(403);
        assertThat(inTheirName.statusCode()).isEqualTo(403);
        assertThat(Portal.get(product(ID_CARD)).statusCode()).isEqualTo(200);
    }

    @Test
    void anAgencyCannotPublishUnderAnotherAgencysNameInItsAreaOrWithItsIds() {
        String id = "https://catalogus.voorbeeld.nl/buren/afvalpas-van-utrecht";
        HttpResponse<String> utrechtsAuthority = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct(id, "utrecht", "Gemeente Utrecht", "GM0214").replace("\"audiences\"", "\"owner\":\"buren\",\"audiences\""),
                "Authorization", BUREN, "Accept-Language", "en");
        HttpResponse<String> utrechtsName = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct(id, "buren", "Gemeente Utrecht", "GM0214"), "Authorization", BUREN);
        HttpResponse<String> utrechtsArea = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct(id, "buren", "Gemeente Buren", "GM0344"), "Authorization", BUREN, "Accept-Language", "en");
        HttpResponse<String> utrechtsId = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct("https://catalogus.voorbeeld.nl/utrecht/afvalpas-van-buren", "buren"), "Authorization", BUREN);
        HttpResponse<String> imported = Portal.send("POST", "/api/catalogue/imports", "application/json",
                "{\"products\":[" + newProduct(id, "buren", "Gemeente Buren", "GM0344").replace("\"audiences\"", "\"owner\":\"buren\",\"lastModified\":\"2026-12-01T10:00:00Z\",\"audiences\"") + "]}",
                "Authorization", BUREN);

        for (HttpResponse<String> refused : java.util.List.of(utrechtsAuthority, utrechtsName, utrechtsArea, utrechtsId, imported)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/not-registered");
        }
        assertThat(Portal.json(utrechtsAuthority).get("detail").asText()).contains("names utrecht as the organisation responsible");
        assertThat(Portal.json(utrechtsArea).get("detail").asText()).contains("GM0344");
        assertThat(Portal.get(product(id)).statusCode()).isEqualTo(404);
        assertThat(Portal.json(Portal.get("/api/catalogue/products?owner=buren")).get("products")).hasSize(2);
    }

    @Test
    void refusesAScriptLinkInAChannelOrLawWithAFieldError() {
        String id = "https://catalogus.voorbeeld.nl/utrecht/afvalpas-met-script";
        String withScriptChannel = newProduct(id, "utrecht").replace("\"channels\":[",
                "\"channels\":[{\"kind\":\"ONLINE\",\"url\":\"javascript:alert(document.cookie)\",\"appointmentRequired\":false,"
                        + "\"availability\":{\"always\":true},\"paymentMethods\":[]},");
        String withScriptLaw = newProduct(id, "utrecht").replace("\"audiences\"",
                "\"legalResources\":[{\"law\":\"Afvalstoffenverordening\",\"url\":\"JavaScript:alert(1)\"}],\"audiences\"");

        HttpResponse<String> channel = Portal.send("POST", "/api/catalogue/products", "application/json", withScriptChannel,
                "Authorization", UTRECHT, "Accept-Language", "en");
        HttpResponse<String> law = Portal.send("POST", "/api/catalogue/products", "application/json", withScriptLaw, "Authorization", UTRECHT);
        HttpResponse<String> imported = Portal.send("POST", "/api/catalogue/imports", "application/json",
                "{\"products\":[" + withScriptChannel.replace("\"audiences\"", "\"owner\":\"utrecht\",\"lastModified\":\"2026-12-01T10:00:00Z\",\"audiences\"") + "]}",
                "Authorization", UTRECHT);

        assertThat(channel.statusCode()).as(channel.body()).isEqualTo(400);
        assertThat(Portal.json(channel).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/invalid-product");
        assertThat(Portal.json(channel).get("errors").get(0).get("pointer").asText()).isEqualTo("/channels/0/url");
        assertThat(Portal.json(channel).get("errors").get(0).get("detail").asText()).contains("must start with https://");
        assertThat(law.statusCode()).as(law.body()).isEqualTo(400);
        assertThat(Portal.json(law).get("errors").get(0).get("pointer").asText()).isEqualTo("/legalResources/0/url");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        assertThat(Portal.get(product(id)).statusCode()).isEqualTo(404);
        assertThat(Portal.get("/catalogue/product?id=" + URLEncoder.encode(ID_CARD, StandardCharsets.UTF_8)).body().toLowerCase())
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void refusesARuleOverTheLogicBudgetWhenTheProductIsSaved() {
        String id = "https://catalogus.voorbeeld.nl/utrecht/afvalpas-met-dure-regel";
        String nested = "{\"some\":[[1],{\"some\":[[1],{\"some\":[[1],{\"some\":[[1],{\"some\":[[1],true]}]}]}]}]}";
        String withRule = newProduct(id, "utrecht").replace("\"audiences\"",
                "\"requirements\":[{\"text\":{\"nl\":\"Een dure regel\"},\"rule\":" + nested + "}],\"audiences\"");

        HttpResponse<String> refused = Portal.send("POST", "/api/catalogue/products", "application/json", withRule,
                "Authorization", UTRECHT, "Accept-Language", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/invalid-product");
        assertThat(Portal.json(refused).get("errors").get(0).get("pointer").asText())
                .isEqualTo("/requirements/0/rule/some/1/some/1/some/1/some/1/some");
        assertThat(Portal.json(refused).get("errors").get(0).get("detail").asText()).contains("nested more than 4 deep");
        assertThat(Portal.get(product(id)).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnInvalidProductWithItsReason() {
        HttpResponse<String> noAudience = Portal.send("POST", "/api/catalogue/products", "application/json",
                newProduct("https://catalogus.voorbeeld.nl/utrecht/ongeldig", "utrecht").replace("[\"CITIZEN\"]", "[]"),
                "Authorization", UTRECHT, "Accept-Language", "en");
        HttpResponse<String> notJson = Portal.send("POST", "/api/catalogue/products", "application/json", "{nope",
                "Authorization", UTRECHT);

        assertThat(noAudience.statusCode()).isEqualTo(400);
        assertThat(Portal.json(noAudience).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/invalid-product");
        assertThat(Portal.json(noAudience).get("detail").asText()).contains("citizens, businesses or both");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void exportsSamenwerkendeCatalogiThatValidatesAgainstTheXsd() throws Exception {
        HttpResponse<String> sc = Portal.get("/api/catalogue/export/samenwerkende-catalogi?owner=utrecht");

        assertThat(sc.statusCode()).isEqualTo(200);
        Path xsd = Path.of(System.getProperty("loket.test.data", "../../testdata"), "samenwerkende-catalogi", "xsd", "standaarden.overheid.nl", "sc", "4.0", "xsd", "sc.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new StringReader(sc.body())));
        assertThat(sc.body()).contains("<dcterms:identifier>" + ID_CARD + "</dcterms:identifier>");
    }

    @Test
    void exportsCpsvApSchemaOrgAndLoketJson() {
        JsonNode cpsv = Portal.json(Portal.get("/api/catalogue/export/cpsv-ap"));
        HttpResponse<String> schemaOrg = Portal.get("/api/catalogue/export/schema-org?owner=utrecht", "Accept-Language", "en");
        JsonNode loket = Portal.json(Portal.get("/api/catalogue/export/loket?owner=politie"));

        assertThat(cpsv.get("@context").get("cpsv").asText()).isEqualTo("http://purl.org/vocab/cpsv#");
        assertThat(cpsv.get("@graph").findValuesAsText("@type")).contains("cpsv:PublicService", "cv:PublicOrganisation", "cv:LifeEvent");
        assertThat(schemaOrg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(Portal.json(schemaOrg).get("@graph").findValuesAsText("name")).contains("Apply for an identity card");
        assertThat(loket.get("products").findValuesAsText("owner")).isNotEmpty().containsOnly("politie");
    }

    @Test
    void thePortalsSignedFeedIsTakenBackInAndATamperedOneIsRefused() {
        HttpResponse<String> feed = Portal.get("/api/catalogue/feed");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(Portal.get("/api/catalogue/feed/jwks.json").body()).contains("\"kty\":\"EC\"");

        HttpResponse<String> accepted = Portal.send("POST", "/api/catalogue/feeds", "application/jose", feed.body(), "Authorization", UTRECHT);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Portal.json(accepted).get("imported").asInt()).isGreaterThan(10);
        assertThat(Portal.json(accepted).get("rejected")).isEmpty();

        String[] parts = feed.body().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("77.85", "7.85");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> refused = Portal.send("POST", "/api/catalogue/feeds", "application/jose", tampered);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Portal.json(refused).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/feed-rejected");

        HttpResponse<String> postedByAnother = Portal.send("POST", "/api/catalogue/feeds", "application/jose", feed.body(), "Authorization", BUREN);
        assertThat(postedByAnother.statusCode()).isEqualTo(400);
        assertThat(Portal.json(Portal.get(product(ID_CARD))).get("costs").get(0).get("amount").get("amount").decimalValue())
                .isEqualByComparingTo("77.85");
    }

    @Test
    void anOldFeedPostedAgainAnonymouslyIsRefusedAndRemovesNothingAddedSince() {
        String old = Portal.get("/api/catalogue/feed").body();
        HttpResponse<String> first = Portal.send("POST", "/api/catalogue/feeds", "application/jose", old);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String added = "https://catalogus.voorbeeld.nl/utrecht/na-de-feed";
        assertThat(Portal.send("POST", "/api/catalogue/products", "application/json", newProduct(added, "utrecht"),
                "Authorization", UTRECHT).statusCode()).isEqualTo(201);

        HttpResponse<String> replayed = Portal.send("POST", "/api/catalogue/feeds", "application/jose", old, "Accept-Language", "en");

        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(replayed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Portal.json(replayed).get("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/stale-feed");
        assertThat(Portal.json(replayed).get("detail").asText()).contains("has already been taken in");
        assertThat(Portal.get(product(added)).statusCode()).isEqualTo(200);
        Portal.send("DELETE", product(added), "application/json", "", "Authorization", UTRECHT);
    }

    @Test
    void anAgencyImportsItsSamenwerkendeCatalogiDocument() {
        String xml = Portal.get("/api/catalogue/export/samenwerkende-catalogi?owner=buren").body();

        HttpResponse<String> imported = Portal.send("POST", "/api/catalogue/imports", "application/xml", xml, "Authorization", BUREN);
        HttpResponse<String> notXml = Portal.send("POST", "/api/catalogue/imports", "application/xml", "<scproducten", "Authorization", BUREN);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Portal.json(imported).get("imported").asInt()).isEqualTo(2);
        assertThat(Portal.json(imported).get("rejected")).isEmpty();
        assertThat(notXml.statusCode()).isEqualTo(400);
        assertThat(Portal.json(Portal.get("/api/catalogue/products?owner=buren")).get("products")).hasSize(2);
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        String openapi = Portal.get("/openapi").body();
        assertThat(openapi).contains("/api/catalogue/products", "/api/catalogue/feeds", "/api/catalogue/export/cpsv-ap", "agencyApiKey");
    }
}

package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's search, life events and eligibility over HTTP, as JSON and as pages, on the sample catalogue. */
class CatalogueSearchIT {

    private static final String UTRECHT_ID_CARD = "https://catalogus.voorbeeld.nl/utrecht/identiteitskaart";

    @BeforeAll
    static void ready() {
        Portal.awaitReady();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    @Test
    void searchFindsByTypoAndSynonymWithFacetCounts() {
        HttpResponse<String> typo = Portal.get("/api/catalogue/search?q=identiteitskart", "Accept-Language", "nl");
        assertThat(typo.statusCode()).isEqualTo(200);
        assertThat(ids(Portal.json(typo).path("hits"))).contains(UTRECHT_ID_CARD);

        JsonNode synonym = Portal.json(Portal.get("/api/catalogue/search?q=reisdocument&municipality=GM0344"));
        assertThat(ids(synonym.path("hits"))).first().isEqualTo("https://catalogus.voorbeeld.nl/utrecht/paspoort");

        JsonNode cash = Portal.json(Portal.get("/api/catalogue/search?lifeEvent=identiteitsbewijs-kwijt-of-gestolen"
                + "&payment=CASH&pageSize=100"));
        long total = cash.path("total").asLong();
        assertThat(total).isPositive().isEqualTo(cash.path("hits").size());
        JsonNode cashCount = null;
        for (JsonNode value : cash.path("facets").path("payment")) {
            if (value.path("key").asText().equals("CASH")) {
                cashCount = value;
            }
        }
        assertThat(cashCount).isNotNull();
        assertThat(cashCount.path("count").asLong()).isEqualTo(total);
        assertThat(cashCount.path("selected").asBoolean()).isTrue();
        assertThat(cashCount.path("label").asText()).isEqualTo("Contant");
    }

    @Test
    void searchParametersOutOfRangeAreAProblemPerParameter() {
        HttpResponse<String> wrong = Portal.get("/api/catalogue/search?page=0&pageSize=abc&payment=%3Cscript%3E",
                "Accept-Language", "en");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Portal.json(wrong);
        assertThat(problem.path("type").asText()).isEqualTo("https://loket.dev/problems/validation");
        List<String> pointers = new ArrayList<>();
        problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertThat(pointers).containsExactlyInAnyOrder("/page", "/pageSize", "/payment");
        String longText = "a".repeat(201);
        assertThat(Portal.get("/api/catalogue/search?q=" + longText).statusCode()).isEqualTo(400);
    }

    @Test
    void aLifeEventGroupsTheServicesOfSeveralAgenciesForAMunicipalityWithCashShown() {
        JsonNode plan = Portal.json(Portal.get("/api/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen"
                + "?municipality=GM0344", "Accept-Language", "nl"));
        assertThat(plan.path("name").asText()).isEqualTo("Portemonnee of identiteitsbewijs kwijt of gestolen");
        JsonNode steps = plan.path("steps");
        assertThat(steps.size()).isEqualTo(5);
        assertThat(steps.get(1).path("services").get(0).path("agency").asText()).isEqualTo("Politie");
        JsonNode idCard = steps.get(2).path("services").get(0);
        assertThat(idCard.path("id").asText()).isEqualTo(UTRECHT_ID_CARD);
        assertThat(idCard.path("cash").asBoolean()).isTrue();
        assertThat(idCard.path("channels").findValuesAsText("label")).contains("Aan de balie");

        assertThat(Portal.json(Portal.get("/api/catalogue/life-events")).size()).isEqualTo(8);
        HttpResponse<String> unknown = Portal.get("/api/catalogue/life-events/bestaat-niet");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Portal.json(unknown).path("type").asText()).isEqualTo("https://loket.dev/problems/catalogue/unknown-life-event");
        assertThat(Portal.get("/api/catalogue/life-events/verhuizen?municipality=Utrecht").statusCode()).isEqualTo(400);
    }

    @Test
    void eligibilityTellsLikelyUnknownAndNotWithReasonsAndStoresNothing() {
        HttpResponse<String> response = Portal.send("POST", "/api/catalogue/eligibility", "application/json",
                "{\"facts\": {\"municipality\": \"GM0344\", \"age\": 30}}", "Accept-Language", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = Portal.json(response);
        assertThat(result.path("stored").asBoolean()).isFalse();
        JsonNode pass = null;
        for (JsonNode s : result.path("unknown")) {
            if (s.path("id").asText().endsWith("/utrecht/stadspas")) {
                pass = s;
            }
        }
        assertThat(pass).as("the minima pass needs the income: unknown, not no").isNotNull();
        assertThat(pass.path("summary").asText()).isEqualTo("Dat weten we nog niet. Vertel ons uw inkomen, dan kunnen we het zeggen.");
        assertThat(result.path("wanted").get(0).path("fact").asText()).isEqualTo("incomePercentOfSocialMinimum");

        HttpResponse<String> wrong = Portal.send("POST", "/api/catalogue/eligibility", "application/json",
                "{\"facts\": {\"age\": \"oud\", \"hasDutchHealthInsurance\": [1]}}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Portal.json(wrong).path("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/facts/age", "/facts/hasDutchHealthInsurance");
        assertThat(Portal.send("POST", "/api/catalogue/eligibility", "application/json", "[]").statusCode()).isEqualTo(400);
        assertThat(Portal.json(Portal.get("/api/catalogue/eligibility/facts")).findValuesAsText("name"))
                .contains("municipality", "age", "incomePercentOfSocialMinimum");
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptAndKeepsItsFiltersInTheAddress() {
        HttpResponse<String> page = Portal.get("/catalogue?q=paspoort&payment=CASH", "Accept-Language", "nl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"get\" role=\"search\"")
                .contains("Paspoort aanvragen")
                .containsPattern("name=\"payment\" value=\"CASH\" checked");
        HttpResponse<String> tooLong = Portal.get("/catalogue?q=" + "a".repeat(201));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("loket-error-summary");
    }

    @Test
    void theSearchPageBeforeASearchOffersTheMostUsedServicesAndEveryLifeEventInBothLanguages() {
        String dutch = Portal.get("/catalogue", "Accept-Language", "nl").body();
        assertThat(dutch).contains("Veelgebruikte diensten").contains("Er gebeurt iets in uw leven")
                .contains("href=\"/catalogue/product?id=https%3A%2F%2Fcatalogus.voorbeeld.nl%2Futrecht%2Fpaspoort\"")
                .contains(">Paspoort aanvragen</a>")
                .contains("href=\"/catalogue?q=identiteitskaart\"")
                .contains("href=\"/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen\"")
                .contains("href=\"/catalogue/life-events/bedrijf-starten\"");
        assertThat(dutch.indexOf("Veelgebruikte diensten")).as("before the filters").isLessThan(dutch.indexOf("Filteren"));
        String english = Portal.get("/catalogue?lang=en").body();
        assertThat(english).contains("Services people use most").contains("Something happens in your life")
                .contains(">Apply for a passport</a>").contains(">Wallet or ID lost or stolen</a>");
        assertThat(Portal.get("/catalogue?q=paspoort", "Accept-Language", "nl").body())
                .doesNotContain("Veelgebruikte diensten");
    }

    @Test
    void aSearchAboutALifeEventOffersItAboveTheResultsWithItsServicesFirst() {
        String dutch = Portal.get("/catalogue?q=portemonnee+gestolen&municipality=GM0344", "Accept-Language", "nl").body();
        assertThat(dutch).contains("Wat moet u regelen?")
                .contains("href=\"/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen?municipality=GM0344\"")
                .contains("Paspoort aanvragen").doesNotContain("Geboorte aangeven").doesNotContain("Overlijden aangeven");
        assertThat(dutch.indexOf("Wat moet u regelen?")).as("above the results")
                .isLessThan(dutch.indexOf("id=\"results-heading\""));
        assertThat(ids(Portal.json(Portal.get("/api/catalogue/search?q=portemonnee%20gestolen")).path("hits")).get(0))
                .isEqualTo("https://catalogus.voorbeeld.nl/politie/aangifte-diefstal");
        String english = Portal.get("/catalogue?q=rijbewijs+gestolen&lang=en").body();
        assertThat(english).contains("What do you need to arrange?").contains(">Wallet or ID lost or stolen</a>");
        assertThat(Portal.get("/catalogue?q=paspoort", "Accept-Language", "nl").body())
                .doesNotContain("Wat moet u regelen?");
    }

    @Test
    void theProductPageCarriesItsSchemaOrgDescriptionEscapedUnderTheStrictPolicy() {
        HttpResponse<String> page = Portal.get("/catalogue/product?id="
                + URLEncoder.encode(UTRECHT_ID_CARD, StandardCharsets.UTF_8), "Accept-Language", "nl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        String body = page.body();
        int start = body.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).isPositive();
        String json = body.substring(start + "<script type=\"application/ld+json\">".length(), body.indexOf("</script>", start));
        assertThat(json).doesNotContain("<").doesNotContain(">");
        JsonNode ld = parse(json);
        assertThat(ld.path("@type").asText()).isEqualTo("GovernmentService");
        assertThat(ld.path("provider").path("name").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(body).contains("U kunt hier contant betalen.");

        HttpResponse<String> unknown = Portal.get("/catalogue/product?id=https%3A%2F%2Fnergens.example%2Fx",
                "Accept", "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Portal.get("/catalogue/product?id=%3C%3E", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void theEligibilityPageIsPostedWithItsCsrfTokenAndShowsTheAnswerWithoutStoringIt() {
        WebSession web = new WebSession("nl");
        assertThat(web.get("/catalogue/eligibility").statusCode()).isEqualTo(200);
        HttpResponse<String> answer = web.post("/catalogue/eligibility", WebSession.fields(
                "municipality", "GM0344", "age", "30", "incomePercentOfSocialMinimum", "100"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Waarschijnlijk voor u").contains("U-pas")
                .contains("Wij bewaren niets van wat u hier invult.");
        HttpResponse<String> wrong = web.post("/catalogue/eligibility", WebSession.fields("age", "dertig"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("loket-error-summary").contains("Vul een getal in, bijvoorbeeld 30.")
                .contains("value=\"dertig\"");
        HttpResponse<String> forged = Portal.send("POST", "/catalogue/eligibility", "application/x-www-form-urlencoded",
                "age=30", "Accept", "text/html");
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}

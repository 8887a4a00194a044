package dev.loket.forms.internal.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Language;
import dev.loket.core.web.Page;
import dev.loket.core.web.Pages;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormJourneyTest {

    private static final EvaluationContext NL = EvaluationContext.of(Language.NL);
    private final Pages pages = new Pages();

    private static FormJourney journey(String name) {
        FormDefinition definition = ExampleForms.definition(name);
        return new FormJourney(definition, new FormEvaluator(definition));
    }

    private String render(Page page, Language language) {
        return pages.render(page.with("flow", "/forms/x").with("formId", "x").with("revision", 1L)
                .with("expires", "31 december 2026").with("returnToCheck", false), language, Map.of(
                "lang", language.tag(), "otherLang", "en", "csrfToken", "token", "csrfField", "_csrf",
                "base", "", "currentPath", "/forms/x"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void rendersEveryPageOfEveryExampleFormWithItsQuestions(Language language) {
        for (String name : ExampleForms.NAMES) {
            FormJourney journey = journey(name);
            Evaluation empty = journey.evaluate("{}", EvaluationContext.of(language));
            for (WebPage page : new PagePlan(journey.definition()).visible(empty)) {
                String html = render(journey.stepPage(page, empty, language, Set.of(), false), language);

                assertThat(html).as(name + " " + page.path()).contains(page.step().title().in(language))
                        .contains("name=\"_revision\"").doesNotContain("??");
            }
        }
    }

    @Test
    void asksOneQuestionPerPageWhenTheFormSaysSoWithTextsOnThePageOfTheirQuestion() {
        FormJourney journey = journey("aanvraag-identiteitskaart-verlies");
        Evaluation stolen = journey.evaluate("{\"gebeurtenis\": \"gestolen\"}", NL);
        Evaluation lost = journey.evaluate("{\"gebeurtenis\": \"verloren\"}", NL);

        List<String> whenStolen = new PagePlan(journey.definition()).visible(stolen).stream().map(WebPage::path).toList();
        List<String> whenLost = new PagePlan(journey.definition()).visible(lost).stream().map(WebPage::path).toList();

        assertThat(whenStolen).startsWith("steps/situatie/gebeurtenis", "steps/situatie/aangifte_gedaan",
                "steps/situatie/datum_verlies", "steps/situatie/omstandigheden", "steps/persoon/voornamen");
        assertThat(whenLost).as("the police question and its text are skipped").doesNotContain("steps/situatie/aangifte_gedaan");
        WebPage police = journey.page("situatie", Optional.of("aangifte_gedaan")).orElseThrow();
        assertThat(police.components()).extracting(c -> c.key()).containsExactly("uitleg_aangifte", "aangifte_gedaan");
    }

    @Test
    void keepsAnAnswerItCannotReadAndShowsWhatIsWrongNextToIt() {
        FormJourney journey = journey("verhuizing");
        WebPage address = journey.page("adres", Optional.empty()).orElseThrow();

        FormJourney.Posted posted = journey.post(address, "{}", Map.of(
                "/verhuisdatum", new String[] {"31-02-2026"},
                "/nieuw_adres/postcode", new String[] {"1234ab"},
                "/nieuw_adres/houseNumber", new String[] {"12 a"},
                "/hoofdbewoner", new String[] {"false"}), "next", NL);
        Evaluation after = journey.evaluate(posted.data().toString(), NL);
        String html = render(journey.stepPage(address, after, Language.NL, posted.shown(), false), Language.NL);

        assertThat(posted.data().path("verhuisdatum").asText()).isEqualTo("31-02-2026");
        assertThat(posted.data().path("nieuw_adres").toString())
                .isEqualTo("{\"postcode\":\"1234 AB\",\"houseNumber\":12,\"houseLetter\":\"A\"}");
        assertThat(posted.data().path("hoofdbewoner").booleanValue()).isFalse();
        assertThat(journey.check(address, after, posted.shown()).hasErrors()).isTrue();
        assertThat(html).contains("value=\"31-02-2026\"").contains("Vul bij Wanneer verhuist u? een bestaande datum in")
                .contains("href=\"#veld-verhuisdatum\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void readsDatesAsPeopleWriteThemAndShowsThemBackTheSameWay() {
        FormJourney journey = journey("verhuizing");
        WebPage address = journey.page("adres", Optional.empty()).orElseThrow();

        FormJourney.Posted posted = journey.post(address, "{}", Map.of("/verhuisdatum", new String[] {"3 maart 2026"}),
                "next", NL);
        String html = render(journey.stepPage(address, journey.evaluate(posted.data().toString(), NL), Language.NL,
                Set.of(), false), Language.NL);

        assertThat(posted.data().path("verhuisdatum").asText()).isEqualTo("2026-03-03");
        assertThat(html).contains("value=\"3-3-2026\"");
    }

    @Test
    void doesNotBlameAPersonForAQuestionThatAppearedThroughTheirAnswer() {
        FormJourney journey = journey("verhuizing");
        WebPage address = journey.page("adres", Optional.empty()).orElseThrow();

        FormJourney.Posted posted = journey.post(address, "{}", Map.of("/hoofdbewoner", new String[] {"true"}), "next", NL);
        Evaluation after = journey.evaluate(posted.data().toString(), NL);
        FormJourney.Check check = journey.check(address, after, posted.shown());
        String html = render(journey.stepPage(address, after, Language.NL, posted.shown(), check.newQuestions()), Language.NL);

        assertThat(check.newQuestions()).isTrue();
        assertThat(posted.shown()).doesNotContain("/naam_hoofdbewoner");
        assertThat(html).contains("Door uw antwoord zijn er vragen bijgekomen").contains("Naam van de bewoner")
                .doesNotContain("Vul in: Naam van de bewoner");
    }

    @Test
    void startsARequiredGroupWithItsFirstItemAndAddsAndRemovesItems() {
        FormJourney journey = journey("verhuizing");
        WebPage movers = journey.page("medeverhuizers", Optional.empty()).orElseThrow();

        ObjectNode started = journey.post(movers, "{}", Map.of("/met_anderen", new String[] {"true"}), "next", NL).data();
        ObjectNode added = journey.post(movers, started.toString(), Map.of(), "add:/medeverhuizers", NL).data();
        ObjectNode removed = journey.post(movers, added.toString(), Map.of(), "remove:/medeverhuizers/0", NL).data();
        ObjectNode foreign = journey.post(movers, added.toString(), Map.of(), "add:/verhuisdatum", NL).data();

        assertThat(started.path("medeverhuizers").size()).isEqualTo(1);
        assertThat(added.path("medeverhuizers").size()).isEqualTo(2);
        assertThat(removed.path("medeverhuizers").size()).isEqualTo(1);
        assertThat(foreign.has("verhuisdatum")).as("only groups on the page can grow").isFalse();
    }

    @Test
    void neverEmptiesAnAnswerThePageDidNotShow() {
        FormJourney journey = journey("verhuizing");
        WebPage address = journey.page("adres", Optional.empty()).orElseThrow();

        ObjectNode data = journey.post(address, "{\"hoofdbewoner\": false, \"naam_hoofdbewoner\": \"Jan\"}",
                Map.of("/hoofdbewoner", new String[] {"false"}, "/naam_hoofdbewoner", new String[] {""}), "next", NL).data();

        assertThat(data.path("naam_hoofdbewoner").asText()).isEqualTo("Jan");
    }

    @Test
    void listsEveryAnswerInWordsWithALinkToChangeIt() {
        FormJourney journey = journey("verhuizing");
        String data = "{\"verhuisdatum\": \"2026-03-03\", \"nieuw_adres\": {\"postcode\": \"1234 AB\", \"houseNumber\": 12},"
                + "\"hoofdbewoner\": false, \"met_anderen\": true, \"medeverhuizers\": [{\"voornaam\": \"Sam\"}],"
                + "\"email\": \"a@example.nl\", \"verklaring\": true}";

        String html = render(journey.checkPage(journey.evaluate(data, NL), Language.NL), Language.NL);

        assertThat(html).contains("3 maart 2026").contains("1234 AB 12").contains("Medeverhuizers 1: Voornaam")
                .contains("href=\"/forms/x/steps/adres?return=check#veld-verhuisdatum\"")
                .contains("akkoord").contains("Wijzig");
    }

    @Test
    void addsPostedFilesToTheAnswersAndRemovesThemOnRequest() {
        FormJourney journey = journey("bijzondere-bijstand");
        WebPage costs = journey.page("kosten", Optional.empty()).orElseThrow();
        ObjectNode file = ExampleForms.JSON.createObjectNode().put("id", "f1").put("name", "offerte.pdf")
                .put("type", "application/pdf").put("size", 1200);

        ObjectNode added = journey.post(costs, "{}", Map.of(), Map.of("/bewijsstukken", List.of(file)), "next", NL).data();
        FormJourney.Posted removed = journey.post(costs, added.toString(), Map.of(), Map.of(),
                "remove-file:/bewijsstukken/0", NL);
        String html = render(journey.stepPage(costs, journey.evaluate(added.toString(), NL), Language.NL, Set.of(), false),
                Language.NL);

        assertThat(added.path("bewijsstukken").get(0).path("name").asText()).isEqualTo("offerte.pdf");
        assertThat(removed.data().path("bewijsstukken").size()).isZero();
        assertThat(removed.removedFiles()).containsExactly("f1");
        assertThat(html).contains("enctype=\"multipart/form-data\"").contains("offerte.pdf (2 kB)")
                .contains("value=\"remove-file:/bewijsstukken/0\"").contains("type=\"file\"")
                .contains("accept=\"application/pdf,image/*\"").contains("Tot 5 bestanden van hoogstens 10 MB elk: PDF, foto of afbeelding.");
    }

    @Test
    void tellsAFileFromWhatItsNameClaims() {
        byte[] pdf = "%PDF-1.7 ...".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] text = "hallo".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(new Upload("/f", "a.pdf", "application/pdf", pdf).recognisedType()).isEqualTo("application/pdf");
        assertThat(new Upload("/f", "a.pdf", "application/pdf", text).recognisedType()).isEqualTo("application/octet-stream");
        assertThat(new Upload("/f", "a.txt", "text/plain", text).recognisedType()).isEqualTo("text/plain");
    }

    @Test
    void escapesWhatAPersonTyped() {
        FormJourney journey = journey("verhuizing");
        WebPage address = journey.page("adres", Optional.empty()).orElseThrow();
        Map<String, String[]> form = new HashMap<>();
        form.put("/naam_hoofdbewoner", new String[] {"<script>alert(1)</script>"});
        form.put("/hoofdbewoner", new String[] {"true"});
        ObjectNode data = journey.post(address, "{\"hoofdbewoner\": true}", form, "next", NL).data();

        String html = render(journey.stepPage(address, journey.evaluate(data.toString(), NL), Language.NL, Set.of(), false),
                Language.NL);

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}

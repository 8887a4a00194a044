package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.SampleCatalogue;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityTest {

    private static final String BASE = "https://catalogus.voorbeeld.nl/";
    private final FactCatalogue facts = FactCatalogue.standard();
    private final Eligibility eligibility = eligibility();

    private Eligibility eligibility() {
        Eligibility e = new Eligibility(facts, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
        e.replaceAll(SampleCatalogue.load().products());
        return e;
    }

    private EligibilityResult check(Map<String, String> answers) {
        return eligibility.check(facts.read(answers));
    }

    private static List<String> ids(List<ServiceEligibility> services) {
        return services.stream().map(s -> s.productId().toString().replace(BASE, "")).toList();
    }

    private static ServiceEligibility service(EligibilityResult result, String id) {
        return java.util.stream.Stream.of(result.likely(), result.unknown(), result.notEligible())
                .flatMap(List::stream).filter(s -> s.productId().toString().equals(BASE + id)).findFirst().orElseThrow();
    }

    @Test
    void aLowIncomeInUtrechtIsLikelyToGetTheMinimaPassAndTaxRelief() {
        EligibilityResult result = check(Map.of("municipality", "GM0344", "age", "30",
                "incomePercentOfSocialMinimum", "100"));
        assertThat(ids(result.likely())).contains("utrecht/stadspas", "utrecht/kwijtschelding", "hdsr/kwijtschelding",
                "utrecht/huwelijksaangifte");
        assertThat(ids(result.notEligible())).contains("utrecht/bijstand").doesNotContain("utrecht/stadspas");
        ServiceEligibility pass = service(result, "utrecht/stadspas");
        assertThat(pass.reasons()).extracting(Reason::outcome).containsOnly(Reason.Outcome.MET);
    }

    @Test
    void aRuleThatReadsAMissingFactIsUnknownNotNo() {
        // JSON Logic would read the missing income as null, and null <= 125 is true: it must not say yes.
        EligibilityResult result = check(Map.of("municipality", "GM0344", "age", "30"));
        ServiceEligibility pass = service(result, "utrecht/stadspas");
        assertThat(pass.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(pass.missing()).extracting(Fact::name).containsExactly("incomePercentOfSocialMinimum");
        assertThat(pass.missing().get(0).need().in(Language.NL)).isEqualTo("uw inkomen");
        assertThat(pass.reasons()).extracting(Reason::outcome)
                .containsExactly(Reason.Outcome.MET, Reason.Outcome.UNKNOWN);
        assertThat(result.wanted()).first().satisfies(w -> {
            assertThat(w.fact().name()).isEqualTo("incomePercentOfSocialMinimum");
            assertThat(w.services()).isGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void oneConditionThatFailsDecidesNoEvenWhileOthersAreUnknown() {
        EligibilityResult child = check(Map.of("age", "12"));
        ServiceEligibility careAllowance = service(child, "belastingdienst/zorgtoeslag");
        assertThat(careAllowance.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(careAllowance.reasons()).extracting(Reason::outcome).containsExactly(
                Reason.Outcome.NOT_MET, Reason.Outcome.UNKNOWN, Reason.Outcome.UNKNOWN);
        assertThat(careAllowance.reasons().get(0).condition().in(Language.NL)).isNotBlank();
    }

    @Test
    void givesTheReasonsInTheAgencysWordsInBothLanguages() {
        ServiceEligibility ww = service(check(Map.of("age", "40", "weeksWorkedOfLast36", "30")), "uwv/ww-uitkering");
        assertThat(ww.verdict()).isEqualTo(Verdict.LIKELY);
        assertThat(ww.reasons()).allSatisfy(r -> {
            assertThat(r.condition().in(Language.NL)).isNotBlank();
            assertThat(r.condition().in(Language.EN)).isNotBlank().isNotEqualTo(r.condition().in(Language.NL));
        });
        assertThat(service(check(Map.of("age", "70", "weeksWorkedOfLast36", "30")), "uwv/ww-uitkering").verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void withoutAMunicipalityOnlyNationalServicesAreCheckedAndTheMunicipalityIsAskedFirst() {
        EligibilityResult result = check(Map.of());
        assertThat(ids(result.likely())).isEmpty();
        assertThat(ids(result.unknown())).noneMatch(id -> id.startsWith("utrecht/") || id.startsWith("buren/"));
        assertThat(ids(result.unknown())).contains("svb/kinderbijslag", "uwv/ww-uitkering");
        assertThat(result.wanted()).first().extracting(w -> w.fact().name()).isEqualTo("municipality");
    }

    @Test
    void anotherMunicipalitysServicesAreNotOffered() {
        EligibilityResult result = check(Map.of("municipality", "GM0214", "nationality", "NL"));
        assertThat(ids(result.likely())).contains("buren/identiteitskaart").doesNotContain("utrecht/identiteitskaart");
        assertThat(eligibility.municipalities()).containsEntry("GM0214", "Buren").containsEntry("GM0344", "Utrecht");
    }

    @Test
    void refusesAnswersThatAreNotFactsWithAMessagePerAnswer() {
        assertThatThrownBy(() -> facts.read(Map.of("age", "dertig", "hasDutchHealthInsurance", "misschien",
                "municipality", "Utrecht", "incomePercentOfSocialMinimum", "99", "weeksWorkedOfLast36", "40")))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(FieldError::pointer).containsExactlyInAnyOrder(
                            "/facts/age", "/facts/hasDutchHealthInsurance", "/facts/municipality",
                            "/facts/incomePercentOfSocialMinimum", "/facts/weeksWorkedOfLast36");
                    assertThat(e.fieldErrors()).filteredOn(f -> f.pointer().equals("/facts/weeksWorkedOfLast36"))
                            .singleElement().satisfies(f -> assertThat(f.message().in(Language.NL))
                                    .isEqualTo("Vul een getal in van 0 tot en met 36."));
                });
    }

    @Test
    void emptyAnswersAreNotKnownAndUnknownNamesAreIgnored() {
        PersonFacts person = facts.read(Map.of("age", " ", "favouriteColour", "blue", "annualIncome", "39719,50"));
        assertThat(person.names()).containsExactly("annualIncome");
        assertThat(person.get("annualIncome").orElseThrow().decimalValue()).isEqualByComparingTo("39719.50");
        assertThat(person.toString()).doesNotContain("39719");
    }

    @Test
    void exactDecimalsDecideABoundary() {
        Map<String, String> justAtTheLimit = Map.of("age", "30", "hasDutchHealthInsurance", "true",
                "annualIncome", "39719.00");
        assertThat(service(check(justAtTheLimit), "belastingdienst/zorgtoeslag").verdict()).isEqualTo(Verdict.LIKELY);
        Map<String, String> oneCentOver = Map.of("age", "30", "hasDutchHealthInsurance", "true",
                "annualIncome", "39719.01");
        assertThat(service(check(oneCentOver), "belastingdienst/zorgtoeslag").verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aProductWithoutRulesIsNoCandidateAndARemovedOneIsGone() {
        assertThat(ids(check(Map.of("municipality", "GM0344")).unknown())).doesNotContain("utrecht/brp-uittreksel");
        eligibility.remove(java.net.URI.create(BASE + "utrecht/stadspas"));
        assertThat(ids(check(Map.of("municipality", "GM0344")).unknown())).doesNotContain("utrecht/stadspas");
        assertThat(Optional.of(eligibility.facts().all().get(0).name())).contains("municipality");
    }

    @Test
    void aRuleThatRunsOutOfItsStepBudgetIsLeftToThePersonAndTheOtherServicesAreStillDecided() {
        String hundred = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "1")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        String costly = "{\"<\": [{\"reduce\": [" + hundred + ", {\"+\": [{\"var\": \"accumulator\"}, {\"reduce\": [" + hundred
                + ", {\"+\": [{\"var\": \"accumulator\"}, {\"reduce\": [" + hundred + ", {\"+\": [{\"var\": \"accumulator\"},"
                + " {\"var\": \"current\"}]}, 0]}]}, 0]}]}, 0]}, 0]}";
        var sample = SampleCatalogue.load().products();
        var pass = sample.stream().filter(p -> p.id().toString().equals(BASE + "utrecht/stadspas")).findFirst().orElseThrow();
        var withCostlyRule = pass.toBuilder().id(java.net.URI.create(BASE + "utrecht/dure-regel"))
                .requirement(dev.loket.catalogue.Requirement.ruled(dev.loket.catalogue.LocalizedText.dutch("Een dure regel"), costly))
                .build();
        Eligibility e = new Eligibility(facts, Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
        List<dev.loket.catalogue.Product> products = new java.util.ArrayList<>(sample);
        products.add(withCostlyRule);
        e.replaceAll(products);

        EligibilityResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> e.check(facts.read(Map.of("municipality", "GM0344", "age", "30", "incomePercentOfSocialMinimum", "100"))));

        ServiceEligibility costlyService = java.util.stream.Stream.of(result.likely(), result.unknown(), result.notEligible())
                .flatMap(List::stream).filter(s -> s.productId().toString().equals(BASE + "utrecht/dure-regel")).findFirst().orElseThrow();
        assertThat(costlyService.reasons()).extracting(Reason::outcome).contains(Reason.Outcome.CHECK_YOURSELF);
        assertThat(ids(result.likely())).contains("utrecht/stadspas", "utrecht/kwijtschelding");
    }
}

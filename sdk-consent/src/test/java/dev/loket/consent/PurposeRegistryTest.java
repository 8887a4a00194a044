package dev.loket.consent;

import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurposeRegistryTest {

    static PurposeRegistry sample() {
        InputStream json = PurposeRegistryTest.class.getResourceAsStream("/consent/purposes.json");
        return PurposeRegistry.load(json, "purposes.json");
    }

    @Test
    void loadsEveryPurposeOfTheSampleRegistry() {
        PurposeRegistry registry = sample();

        assertThat(registry.all()).hasSize(3);
        Purpose bijstand = registry.find("gemeente-utrecht", "bijzondere-bijstand").orElseThrow();
        assertThat(bijstand.basis()).isEqualTo(LegalBasis.PUBLIC_TASK);
        assertThat(bijstand.legalReference()).contains(new LegalReference("Participatiewet", "art. 35"));
        assertThat(bijstand.dataCategories()).containsExactlyInAnyOrder("income", "household", "address");
        assertThat(bijstand.recipients()).containsExactly("Inlichtingenbureau");
        assertThat(bijstand.retention()).isEqualTo(Period.ofYears(7));
        assertThat(bijstand.description(Language.EN)).startsWith("We check");
        assertThat(registry.find("gemeente-utrecht", "zorg-ondersteuning").orElseThrow().specialCategory()).isTrue();
    }

    @Test
    void fallsBackToDutchWhenADescriptionHasNoEnglish() {
        Purpose zorg = sample().find("gemeente-utrecht", "zorg-ondersteuning").orElseThrow();

        assertThat(zorg.description(Language.EN)).isEqualTo(zorg.description(Language.NL));
    }

    @Test
    void findsAPurposeOnlyUnderItsOwnController() {
        assertThat(sample().find("gemeente-amsterdam", "bijzondere-bijstand")).isEmpty();
    }

    @Test
    void consentNeedsNoLegalReference() {
        assertThat(sample().find("gemeente-utrecht", "nieuwsbrief-regelingen").orElseThrow().legalReference()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        String json = """
                {"purposes": [
                  {"id": "a", "controller": "c", "description": {"en": "only English"}, "basis": "PUBLIC_TASK",
                   "dataCategories": ["income"], "retention": "P7Y"},
                  {"id": "b", "controller": "c", "description": {"nl": "x"}, "basis": "WHIM",
                   "dataCategories": [], "retention": "seven years", "colour": "red"},
                  {"id": "c1", "controller": "c", "description": {"nl": "x"}, "basis": "CONSENT",
                   "dataCategories": ["email"], "retention": "P1Y"},
                  {"id": "c1", "controller": "c", "description": {"nl": "x"}, "basis": "CONSENT",
                   "dataCategories": ["email"], "retention": "P1Y"}
                ]}
                """;

        assertThatThrownBy(() -> load(json))
                .isInstanceOfSatisfying(InvalidPurposeRegistryException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "purposes[0].description.nl: required, the description in Dutch",
                                "purposes[0].legalReference: required for basis PUBLIC_TASK: the law and article "
                                        + "that give it, e.g. {\"law\": \"Participatiewet\", \"article\": \"art. 35\"}",
                                "purposes[1].colour: unknown field (known: basis, controller, dataCategories, description, "
                                        + "id, legalReference, recipients, retention, specialCategory)",
                                "purposes[1].basis: \"WHIM\" is not one of [CONSENT, CONTRACT, LEGAL_OBLIGATION, "
                                        + "VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS]",
                                "purposes[1].dataCategories: required, a list of texts (at least one)",
                                "purposes[1].retention: \"seven years\" is not an ISO 8601 period such as P7Y or P6M",
                                "purposes: \"c1\" of c appears twice"))
                .hasMessageContaining("7 problem(s)");
    }

    @Test
    void saysWhereTheJsonIsBroken() {
        assertThatThrownBy(() -> load("{\"purposes\": [\n{\"id\": }]}"))
                .isInstanceOf(InvalidPurposeRegistryException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void coversOnlyItsOwnCategories() {
        Purpose bijstand = sample().find("gemeente-utrecht", "bijzondere-bijstand").orElseThrow();

        assertThat(bijstand.covers(Set.of("income", "address"))).isTrue();
        assertThat(bijstand.covers(Set.of("income", "health"))).isFalse();
    }

    private static PurposeRegistry load(String json) {
        return PurposeRegistry.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}

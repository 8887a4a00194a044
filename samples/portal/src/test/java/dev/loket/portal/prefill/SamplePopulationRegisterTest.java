package dev.loket.portal.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Json;
import dev.loket.core.identifier.Bsn;
import dev.loket.forms.prefill.PrefillSubject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SamplePopulationRegisterTest {

    private final SamplePopulationRegister register = new SamplePopulationRegister();

    private static PrefillSubject person(String bsn) {
        return new PrefillSubject(Bsn.parse(bsn).orElseThrow(), "pseudo-" + bsn.substring(7));
    }

    private static Optional<String> text(Optional<JsonNode> value) {
        return value.map(JsonNode::asText);
    }

    @Test
    void answersWhatItKnowsOfATestPerson() {
        PrefillSubject suzanne = person("999993653");

        assertThat(text(register.read(suzanne, "naam.voornamen"))).contains("Suzanne");
        assertThat(text(register.read(suzanne, "naam.geslachtsnaam"))).contains("Moulin");
        assertThat(text(register.read(suzanne, "geboorte.datum"))).contains("1985-12-01");
        assertThat(text(register.read(suzanne, "burgerservicenummer"))).contains("999993653");
        assertThat(text(register.read(suzanne, "adres.postcode"))).contains("3077AW");
        assertThat(register.read(suzanne, "adres.huisnummer")).map(JsonNode::intValue).contains(31);
    }

    @Test
    void readsEveryPersonOfItsTestDataUnderTheirOwnNumber() throws IOException {
        JsonNode persons;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SamplePopulationRegister.RESOURCE)) {
            persons = Json.mapper().readTree(in).path("persons");
        }

        assertThat(persons).hasSize(10);
        for (JsonNode person : persons) {
            String bsn = person.path("burgerservicenummer").asText();
            assertThat(text(register.read(person(bsn), "burgerservicenummer"))).contains(bsn);
            assertThat(text(register.read(person(bsn), "naam.geslachtsnaam"))).isNotEmpty();
            assertThat(text(register.read(person(bsn), "geboorte.datum"))).isNotEmpty();
        }
    }

    @Test
    void answersNothingForAPersonItDoesNotKnow() {
        PrefillSubject stranger = person("999999011");

        assertThat(register.read(stranger, "naam.voornamen")).isEmpty();
        assertThat(register.read(stranger, "burgerservicenummer")).isEmpty();
    }

    @Test
    void answersNothingForAnAttributeWithoutAValue() {
        PrefillSubject suzanne = person("999993653");

        assertThat(register.read(suzanne, "naam.voorvoegsel")).as("she has none").isEmpty();
        assertThat(register.read(suzanne, "naam")).as("a group, not a value").isEmpty();
        assertThat(register.read(suzanne, "nationaliteit.code")).as("not in the register").isEmpty();
    }

    @Test
    void isTheBrpOfTheSampleMunicipality() {
        assertThat(register.name()).isEqualTo("brp");
        assertThat(register.controller()).isEqualTo("gemeente-voorbeeld");
        assertThat(register.purpose()).isEqualTo("brp-prefill-aanvraag");
    }
}

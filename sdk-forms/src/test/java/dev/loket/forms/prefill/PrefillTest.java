package dev.loket.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loket.core.Language;
import dev.loket.core.identifier.Bsn;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.evaluation.FormEvaluator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PrefillTest {

    private static final FormDefinition ID_CARD = ExampleForms.definition("aanvraag-identiteitskaart-verlies");
    /** Suzanne Moulin, a test person of the RvIG test set. */
    private static final PrefillSubject SUZANNE = new PrefillSubject(Bsn.parse("999993653").orElseThrow(), "pseudo-1");

    /** A small population register: what the BRP would answer for its test persons. */
    private static final class PopulationRegister implements PrefillSource {
        final List<String> reads = new ArrayList<>();
        private final Map<String, Map<String, String>> persons = Map.of("999993653", Map.of(
                "naam.voornamen", "Suzanne", "naam.geslachtsnaam", "Moulin",
                "geboorte.datum", "1985-12-01", "burgerservicenummer", "999993653"));

        @Override
        public String name() {
            return "brp";
        }

        @Override
        public String controller() {
            return "gemeente-voorbeeld";
        }

        @Override
        public String purpose() {
            return "aanvraag-reisdocument";
        }

        @Override
        public Optional<JsonNode> read(PrefillSubject person, String attribute) {
            reads.add(attribute);
            return Optional.ofNullable(persons.getOrDefault(person.bsn().value(), Map.of()).get(attribute))
                    .map(TextNode::valueOf);
        }
    }

    @Test
    void fillsInWhatTheRegisterKnowsWhenTheGuardAllowsIt() {
        List<String> asked = new ArrayList<>();
        PrefillGuard guard = (controller, purpose, categories, subject) -> {
            asked.add(controller + "/" + purpose + "/" + subject + "/" + categories.size());
            return true;
        };

        Prefill.Result result = new Prefill(List.of(new PopulationRegister()), guard).fill(ID_CARD, SUZANNE);

        assertThat(result.data().get("voornamen").asText()).isEqualTo("Suzanne");
        assertThat(result.data().get("achternaam").asText()).isEqualTo("Moulin");
        assertThat(result.data().get("geboortedatum").asText()).isEqualTo("1985-12-01");
        assertThat(result.data().get("bsn").asText()).isEqualTo("999993653");
        assertThat(asked).containsExactly("gemeente-voorbeeld/aanvraag-reisdocument/pseudo-1/4");
        assertThat(result.refused()).isEmpty();
    }

    @Test
    void readsNothingAtAllWhenTheGuardRefuses() {
        PopulationRegister register = new PopulationRegister();

        Prefill.Result result = new Prefill(List.of(register), PrefillGuard.DENY_ALL).fill(ID_CARD, SUZANNE);

        assertThat(result.data().isEmpty()).isTrue();
        assertThat(result.refused()).containsExactly("brp");
        assertThat(register.reads).as("the register is never asked").isEmpty();
    }

    @Test
    void letsThePersonsOwnAnswersWin() {
        Prefill.Result result = new Prefill(List.of(new PopulationRegister()), (c, p, cat, s) -> true)
                .fill(ID_CARD, SUZANNE);

        JsonNode merged = Prefill.under(result.data(), ExampleForms.data("{\"voornamen\": \"Suus\"}"));

        assertThat(merged.get("voornamen").asText()).isEqualTo("Suus");
        assertThat(merged.get("achternaam").asText()).isEqualTo("Moulin");
    }

    @Test
    void prefilledAnswersPassTheFormsOwnChecks() {
        Prefill.Result result = new Prefill(List.of(new PopulationRegister()), (c, p, cat, s) -> true)
                .fill(ID_CARD, SUZANNE);

        List<FieldMessage> errors = new FormEvaluator(ID_CARD)
                .evaluate(result.data(), EvaluationContext.of(Language.NL)).errors();

        assertThat(errors).extracting(FieldMessage::pointer)
                .doesNotContain("/voornamen", "/achternaam", "/geboortedatum", "/bsn");
    }

    @Test
    void bindsTheLoginsOwnBsnEvenWhenTheGuardRefusesTheRegister() {
        Prefill.Result refused = new Prefill(List.of(new PopulationRegister()), PrefillGuard.DENY_ALL).fill(ID_CARD, SUZANNE);
        Prefill.Result allowed = new Prefill(List.of(new PopulationRegister()), (c, p, cat, s) -> true)
                .fill(ID_CARD, SUZANNE);

        assertThat(Prefill.boundToLogin(ID_CARD, SUZANNE, refused.data()).toString())
                .as("known from the login, not read from the register").isEqualTo("{\"bsn\":\"999993653\"}");
        assertThat(Prefill.boundToLogin(ID_CARD, SUZANNE, allowed.data()).get("achternaam").asText()).isEqualTo("Moulin");
    }

    @Test
    void skipsASourceThatIsNotInstalled() {
        Prefill.Result result = new Prefill(List.of(), (c, p, cat, s) -> true).fill(ID_CARD, SUZANNE);

        assertThat(result.data().isEmpty()).isTrue();
        assertThat(result.refused()).isEmpty();
    }
}

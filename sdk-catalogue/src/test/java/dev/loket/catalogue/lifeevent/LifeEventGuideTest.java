package dev.loket.catalogue.lifeevent;

import dev.loket.catalogue.CatalogueDocument;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SampleCatalogue;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifeEventGuideTest {

    private static final String WALLET = "identiteitsbewijs-kwijt-of-gestolen";
    private final CatalogueDocument sample = SampleCatalogue.load();
    private final LifeEventGuide guide = new LifeEventGuide(sample.lifeEvents(), ProductLookup.of(sample.products()));

    private static List<String> ids(LifeEventPlan.Step step) {
        return step.services().stream().map(p -> p.id().toString().replace("https://catalogus.voorbeeld.nl/", "")).toList();
    }

    @Test
    void aStolenWalletInUtrechtGroupsTheBankThePoliceAndTheMunicipalityInOrder() {
        LifeEventPlan plan = guide.plan(WALLET, Optional.of("GM0344"));
        assertThat(plan.event().name().in(Language.NL)).isEqualTo("Portemonnee of identiteitsbewijs kwijt of gestolen");
        assertThat(plan.steps()).extracting(LifeEventPlan.Step::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(ids(plan.steps().get(0))).containsExactly("voorbeeldbank/bankpas-blokkeren");
        assertThat(ids(plan.steps().get(1))).containsExactly("politie/aangifte-diefstal");
        assertThat(ids(plan.steps().get(2))).containsExactly("utrecht/identiteitskaart", "utrecht/paspoort");
        assertThat(ids(plan.steps().get(3))).containsExactly("utrecht/rijbewijs");
        assertThat(ids(plan.steps().get(4))).containsExactly("utrecht/stadspas");
        assertThat(plan.steps().get(4).step().optional()).isTrue();
    }

    @Test
    void showsWhereCashIsTakenForTheNewIdentityCard() {
        Product card = guide.plan(WALLET, Optional.of("GM0344")).steps().get(2).services().get(0);
        assertThat(card.paymentMethods()).contains(PaymentMethod.CASH);
        assertThat(card.channels()).anySatisfy(c -> assertThat(c.paymentMethods()).contains(PaymentMethod.CASH));
    }

    @Test
    void anotherMunicipalityGetsItsOwnServicesAndTheSameNationalOnes() {
        LifeEventPlan plan = guide.plan(WALLET, Optional.of("GM0214"));
        assertThat(ids(plan.steps().get(1))).containsExactly("politie/aangifte-diefstal");
        assertThat(ids(plan.steps().get(2))).containsExactly("buren/identiteitskaart");
        assertThat(ids(plan.steps().get(4))).as("Buren has no minima pass in the catalogue").isEmpty();
    }

    @Test
    void withoutAMunicipalityTheMunicipalStepsSayTheyNeedOne() {
        LifeEventPlan plan = guide.plan(WALLET, Optional.empty());
        assertThat(plan.steps().get(2).services()).isEmpty();
        assertThat(plan.steps().get(2).needsMunicipality(plan.municipality())).isTrue();
        assertThat(plan.steps().get(1).needsMunicipality(plan.municipality())).isFalse();
        assertThat(ids(plan.steps().get(1))).containsExactly("politie/aangifte-diefstal");
    }

    @Test
    void nationalStepsAreFoundByUplNameInTheWholeCountry() {
        LifeEventPlan plan = guide.plan("werkloos", Optional.of("GM0344"));
        assertThat(ids(plan.steps().get(1))).containsExactly("uwv/ww-uitkering");
        assertThat(ids(plan.steps().get(2))).containsExactly("utrecht/bijstand");
    }

    @Test
    void anUnknownLifeEventIsA404InPlainWords() {
        assertThatThrownBy(() -> guide.plan("bestaat-niet", Optional.empty()))
                .isInstanceOfSatisfying(LoketException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(404);
                    assertThat(e.detail().in(Language.NL)).isEqualTo("Er is geen levensgebeurtenis 'bestaat-niet'. Kies er een uit de lijst.");
                });
        assertThat(guide.events()).hasSize(8);
    }
}

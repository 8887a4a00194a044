package dev.loket.catalogue;

import dev.loket.catalogue.exchange.LoketJson;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCatalogueTest {

    private final CatalogueDocument sample = SampleCatalogue.load();
    private final Map<URI, Product> byId = sample.products().stream().collect(Collectors.toMap(Product::id, Function.identity()));

    @Test
    void hasTheStandardLifeEvents() {
        assertThat(sample.lifeEvents()).extracting(event -> event.name().nl()).containsExactly(
                "Portemonnee of identiteitsbewijs kwijt of gestolen", "Verhuizen", "Geboorte", "Overlijden",
                "Trouwen of geregistreerd partnerschap", "Scheiden", "Werkloos", "Bedrijf starten");
        assertThat(sample.lifeEvents()).allSatisfy(event -> assertThat(event.name().en()).isPresent());
    }

    @Test
    void walletStolenNeedsFourOrganisationsAndCashIsAcceptedSomewhere() {
        LifeEvent wallet = lifeEvent("identiteitsbewijs-kwijt-of-gestolen");
        List<Product> products = productsFor(wallet, "utrecht");

        assertThat(products).extracting(p -> p.competentAuthority().id())
                .contains("voorbeeldbank", "politie", "utrecht");
        assertThat(products).extracting(p -> p.upl().map(UplName::name).orElse(""))
                .contains("identiteitskaart", "stadspas");
        Product idCard = byId.get(URI.create("https://catalogus.voorbeeld.nl/utrecht/identiteitskaart"));
        Product minimaPass = byId.get(URI.create("https://catalogus.voorbeeld.nl/utrecht/stadspas"));
        assertThat(idCard.channels(ChannelKind.COUNTER).get(0).name()).contains("Stadskantoor");
        assertThat(minimaPass.channels(ChannelKind.COUNTER).get(0).name()).contains("Werkplein Werk en Inkomen");
        assertThat(products).anySatisfy(p -> assertThat(p.paymentMethods()).contains(PaymentMethod.CASH));
        assertThat(products).anySatisfy(p -> assertThat(p.paymentMethods()).doesNotContain(PaymentMethod.CASH));
    }

    @Test
    void everyStepOfEveryLifeEventFindsAProductInUtrechtOrNationally() {
        Set<String> upl = sample.products().stream().flatMap(p -> p.upl().stream()).map(UplName::name).collect(Collectors.toSet());
        for (LifeEvent event : sample.lifeEvents()) {
            for (LifeEventStep step : event.steps()) {
                boolean found = step.products().stream().anyMatch(byId::containsKey)
                        || step.uplNames().stream().anyMatch(name -> upl.contains(name.name()))
                        || step.optional();
                assertThat(found).as(event.id() + ": " + step.title().nl()).isTrue();
            }
            assertThat(event.steps()).anySatisfy(step -> assertThat(step.optional()).isFalse());
        }
    }

    @Test
    void productsReferToKnownLifeEventsAndProducts() {
        Set<String> events = sample.lifeEvents().stream().map(LifeEvent::id).collect(Collectors.toSet());
        assertThat(sample.products()).allSatisfy(p -> {
            assertThat(events).containsAll(p.lifeEvents());
            assertThat(byId.keySet()).containsAll(p.relatedProducts());
            assertThat(p.isOwnedBy(p.competentAuthority().id())).isTrue();
        });
    }

    @Test
    void rulesNameTheFactsAPersonMustTell() {
        Product minimaPass = byId.get(URI.create("https://catalogus.voorbeeld.nl/utrecht/stadspas"));
        assertThat(minimaPass.requirements()).flatExtracting(r -> List.copyOf(r.facts()))
                .containsExactlyInAnyOrder("municipality", "incomePercentOfSocialMinimum");
    }

    @Test
    void survivesALoketJsonRoundTripUnchanged() {
        String json = LoketJson.write(sample);
        assertThat(LoketJson.read(json)).isEqualTo(sample);
    }

    private LifeEvent lifeEvent(String id) {
        return sample.lifeEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Product> productsFor(LifeEvent event, String municipality) {
        return event.steps().stream().flatMap(step -> sample.products().stream().filter(p ->
                step.products().contains(p.id())
                        || (p.upl().isPresent() && step.uplNames().contains(p.upl().get())
                        && (step.providedBy() != AgencyType.MUNICIPALITY || p.competentAuthority().id().equals(municipality)))))
                .toList();
    }
}

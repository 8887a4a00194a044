package dev.loket.catalogue;

import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTest {

    private static final Agency UTRECHT = Agency.of("utrecht", "Gemeente Utrecht", AgencyType.MUNICIPALITY);

    @Test
    void showsDutchWhenThereIsNoEnglishText() {
        assertThat(LocalizedText.dutch("Paspoort").in(Language.EN)).isEqualTo("Paspoort");
        assertThat(LocalizedText.of("Paspoort", "Passport").in(Language.EN)).isEqualTo("Passport");
        assertThat(LocalizedText.of("Paspoort", " ").en()).isEmpty();
    }

    @Test
    void refusesAChannelWithoutTheWayToReachIt() {
        assertThatThrownBy(() -> new ServiceChannel(ChannelKind.PHONE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, null, Set.of()))
                .hasMessageContaining("phone number");
        assertThatThrownBy(() -> new ServiceChannel(ChannelKind.COUNTER, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, null, Set.of()))
                .hasMessageContaining("address");
    }

    @Test
    void aCounterIsOpenInItsHoursOnly() {
        Availability hours = Availability.weekdays("09:00", "17:00");
        assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(9, 0))).isTrue();
        assertThat(hours.isOpen(DayOfWeek.MONDAY, LocalTime.of(17, 0))).isFalse();
        assertThat(hours.isOpen(DayOfWeek.SATURDAY, LocalTime.NOON)).isFalse();
        assertThat(Availability.allDay().isOpen(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT)).isTrue();
        assertThatThrownBy(() -> OpeningHours.of(DayOfWeek.MONDAY, "17:00", "09:00")).hasMessageContaining("closes after it opens");
    }

    @Test
    void aCostIsAnAmountOrAFormulaNeverBoth() {
        LocalizedText what = LocalizedText.dutch("Leges");
        assertThatThrownBy(() -> new Fee(what, Optional.of(Cost.euros("1.00")), Optional.of(JsonLogicRule.parse("1")), null, Set.of()))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new Fee(what, Optional.empty(), Optional.empty(), null, Set.of()))
                .hasMessageContaining("not neither");
        Fee counterOnly = Fee.fixed(what, Cost.euros("16.20")).on(ChannelKind.COUNTER);
        assertThat(counterOnly.appliesTo(ChannelKind.COUNTER)).isTrue();
        assertThat(counterOnly.appliesTo(ChannelKind.ONLINE)).isFalse();
        assertThat(Fee.fixed(what, Cost.euros("1")).appliesTo(ChannelKind.POST)).isTrue();
    }

    @Test
    void findsTheFactsARuleReadsIncludingVarsWithDefaults() {
        JsonLogicRule rule = JsonLogicRule.parse(
                "{\"and\":[{\"<\":[{\"var\":\"age\"},18]},{\"==\":[{\"var\":[\"municipality\",\"GM0344\"]},\"GM0344\"]},{\"var\":\"\"}]}");
        assertThat(rule.facts()).containsExactlyInAnyOrder("age", "municipality");
        assertThatThrownBy(() -> JsonLogicRule.parse("{nope")).hasMessageContaining("A rule is JSON");
    }

    @Test
    void aRuleCannotBeChangedThroughItsTree() {
        JsonLogicRule rule = JsonLogicRule.parse("{\"var\":\"age\"}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) rule.node()).put("var", "income");
        assertThat(rule.facts()).containsExactly("age");
    }

    @Test
    void paymentMethodsAreThoseOfItsChannelsAndFreeWhenNothingIsCharged() {
        Address stadskantoor = new Address("Stadsplateau", "1", "3521 AZ", "Utrecht");
        Product product = product()
                .channel(ServiceChannel.online(URI.create("https://example.nl"), List.of(PaymentMethod.IDEAL)))
                .channel(ServiceChannel.counter(stadskantoor, true, Availability.weekdays("09:00", "17:00"), List.of(PaymentMethod.CASH, PaymentMethod.PIN)))
                .cost(Fee.fixed(LocalizedText.dutch("Leges"), Cost.euros("15.40")))
                .build();
        assertThat(product.paymentMethods()).containsExactlyInAnyOrder(PaymentMethod.IDEAL, PaymentMethod.CASH, PaymentMethod.PIN);
        assertThat(product().build().paymentMethods()).containsExactly(PaymentMethod.FREE);
    }

    @Test
    void aProductHasAnAbsoluteIdAnAudienceAndAnOwner() {
        assertThatThrownBy(() -> Product.builder(URI.create("paspoort"), "utrecht").build()).hasMessageContaining("absolute URI");
        assertThatThrownBy(() -> product().owner("Utrecht!").build()).hasMessageContaining("owner is an agency id");
        Product.Builder noAudience = Product.builder(URI.create("https://example.nl/p"), "utrecht")
                .name("P", null).description("D", null).competentAuthority(UTRECHT)
                .spatialScope(SpatialScope.municipality("GM0344", "Utrecht")).lastModified(Instant.EPOCH);
        assertThatThrownBy(noAudience::build).hasMessageContaining("citizens, businesses or both");
    }

    @Test
    void listsInAProductCannotBeChanged() {
        Product product = product().keyword("ID-kaart").build();
        assertThatThrownBy(() -> product.keywords().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(product.toBuilder().keyword("legitimatie").build().keywords()).containsExactly("ID-kaart", "legitimatie");
        assertThat(product.keywords()).containsExactly("ID-kaart");
    }

    private static Product.Builder product() {
        return Product.builder(URI.create("https://example.nl/utrecht/uittreksel"), "utrecht")
                .name("Uittreksel BRP", "Extract").description("Een uittreksel.", null)
                .audience(Audience.CITIZEN).competentAuthority(UTRECHT)
                .spatialScope(SpatialScope.municipality("GM0344", "Utrecht"))
                .lastModified(Instant.parse("2026-11-02T09:00:00Z"));
    }
}

package dev.loket.catalogue;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostTest {

    @Test
    void addsCentsExactly() {
        assertThat(Cost.euros("0.10").plus(Cost.euros("0.20"))).isEqualTo(Cost.euros("0.30"));
    }

    @Test
    void normalisesTheScaleSoEqualAmountsAreEqual() {
        assertThat(Cost.euros("12.5")).isEqualTo(Cost.euros("12.50"));
        assertThat(Cost.euros("12.5").amount().toPlainString()).isEqualTo("12.50");
    }

    @Test
    void refusesFractionsOfACentAndNegativeAmounts() {
        assertThatThrownBy(() -> Cost.euros("0.005")).hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> Cost.euros("-1.00")).hasMessageContaining("cannot be negative");
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        Cost pounds = new Cost(BigDecimal.ONE, Currency.getInstance("GBP"));

        assertThatThrownBy(() -> Cost.euros("1.00").plus(pounds)).hasMessageContaining("GBP");
    }

    @Test
    void knowsWhenAServiceIsFree() {
        assertThat(Cost.free().isFree()).isTrue();
        assertThat(Cost.euros("0.01").isFree()).isFalse();
    }
}

package dev.loket.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What a service costs: an exact amount in a currency, never a binary floating-point number, so
 * that € 0,10 + € 0,20 is € 0,30 and a fee in the catalogue is the fee on the receipt.
 *
 * @param amount   in the currency's minor-unit scale (two decimals for euros), not negative
 * @param currency ISO 4217
 */
public record Cost(BigDecimal amount, Currency currency) {

    private static final Currency EURO = Currency.getInstance("EUR");

    public Cost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A cost cannot be negative: " + amount.toPlainString());
        }
        int scale = currency.getDefaultFractionDigits();
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A cost in " + currency + " has at most " + scale
                    + " decimals, not " + amount.toPlainString(), e);
        }
    }

    /** An amount in euros, written as a decimal string ({@code "12.50"}) so no precision is lost on the way in. */
    public static Cost euros(String amount) {
        return new Cost(new BigDecimal(amount), EURO);
    }

    public static Cost free() {
        return new Cost(BigDecimal.ZERO, EURO);
    }

    @JsonIgnore
    public boolean isFree() {
        return amount.signum() == 0;
    }

    /** The sum of two costs in the same currency. */
    public Cost plus(Cost other) {
        if (!other.currency.equals(currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Cost(amount.add(other.amount), currency);
    }
}

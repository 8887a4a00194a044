package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cost of a service (CPSV-AP {@code hasCost}): a fixed amount, or a JSON Logic formula over
 * facts when the amount depends on them (a dog tax per dog), and the channels it applies to (a
 * passport can cost more at the counter than online).
 *
 * @param description what the cost is for ("Paspoort volwassene")
 * @param amount      the fixed amount; empty when a formula computes it
 * @param formula     a JSON Logic formula whose result is the amount as a decimal; empty for a fixed amount
 * @param currency    ISO 4217 currency of the amount or the formula's result
 * @param channels    the channels this cost applies to; empty means every channel
 */
public record Fee(LocalizedText description, Optional<Cost> amount, Optional<JsonLogicRule> formula,
                  Currency currency, Set<ChannelKind> channels) {

    private static final Currency EURO = Currency.getInstance("EUR");

    public Fee {
        Objects.requireNonNull(description, "A cost's description is required");
        amount = Copies.optional(amount);
        formula = Copies.optional(formula);
        channels = Copies.enums(channels, ChannelKind.class);
        if (amount.isPresent() == formula.isPresent()) {
            throw new IllegalArgumentException("A cost has either an amount or a formula, not "
                    + (amount.isPresent() ? "both" : "neither"));
        }
        if (currency == null) {
            currency = amount.map(Cost::currency).orElse(EURO);
        }
        if (amount.isPresent() && !amount.get().currency().equals(currency)) {
            throw new IllegalArgumentException("A cost's amount is in " + amount.get().currency() + ", not " + currency);
        }
    }

    public static Fee fixed(LocalizedText description, Cost amount) {
        return new Fee(description, Optional.of(amount), Optional.empty(), amount.currency(), Set.of());
    }

    public static Fee formula(LocalizedText description, JsonLogicRule formula) {
        return new Fee(description, Optional.empty(), Optional.of(formula), EURO, Set.of());
    }

    /** The same cost, for these channels only. */
    public Fee on(ChannelKind... kinds) {
        return new Fee(description, amount, formula, currency, Set.of(kinds));
    }

    /** Whether this cost applies when the service is used through {@code kind}. */
    public boolean appliesTo(ChannelKind kind) {
        return channels.isEmpty() || channels.contains(kind);
    }
}

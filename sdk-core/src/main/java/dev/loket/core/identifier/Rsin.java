package dev.loket.core.identifier;

import java.util.Optional;

/**
 * A Rechtspersonen en Samenwerkingsverbanden Informatienummer: the number of an organisation
 * (a legal person or a partnership) in Dutch government, as the Chamber of Commerce registers it and
 * the Tax Administration uses it. It has nine digits and the same 11-proof as the {@link Bsn}.
 *
 * <p>Unlike {@link Bsn#toString()}, {@link #toString()} shows the whole number: an RSIN identifies an
 * organisation and is public in the trade register.
 */
public final class Rsin {

    private static final int LENGTH = 9;

    private final String value;

    private Rsin(String value) {
        this.value = value;
    }

    /**
     * The RSIN in {@code text}, which may contain spaces, dots or dashes ({@code "8020.86.676"});
     * empty when it is not nine digits that pass the 11-proof. Never throws.
     */
    public static Optional<Rsin> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Written.withoutSeparators(text);
        return digits.length() == LENGTH && Written.isDigits(digits) && Written.passesElevenProof(digits)
                ? Optional.of(new Rsin(digits))
                : Optional.empty();
    }

    /** The nine digits. */
    public String value() {
        return value;
    }

    /** Equal when the nine digits are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Rsin rsin && rsin.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The nine digits, as {@link #value()}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return value;
    }
}

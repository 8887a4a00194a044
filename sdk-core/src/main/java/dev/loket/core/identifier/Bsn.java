package dev.loket.core.identifier;

import java.util.Optional;

/**
 * A Burgerservicenummer: the citizen's number in Dutch government. Only numbers that pass the
 * "elfproef" exist, so an instance is always well-formed. {@link #toString()} never shows the
 * number, so a BSN cannot end up in a log by accident; ask for {@link #value()} on purpose.
 */
public final class Bsn {

    private static final int LENGTH = 9;

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /**
     * The BSN in {@code text}, which may contain spaces, dots or dashes as people write them
     * ({@code "1234.56.782"}) and may omit a leading zero (8 digits); empty when it is not a valid BSN.
     */
    public static Optional<Bsn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Written.withoutSeparators(text);
        if (digits.length() == LENGTH - 1) {
            digits = "0" + digits;
        }
        return digits.length() == LENGTH && Written.isDigits(digits) && Written.passesElevenProof(digits)
                ? Optional.of(new Bsn(digits))
                : Optional.empty();
    }

    /** The nine digits. */
    public String value() {
        return value;
    }

    /** Equal when the nine digits are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: shows only the last two digits, as on a letter from the government. */
    @Override
    public String toString() {
        return "BSN *******" + value.substring(LENGTH - 2);
    }
}

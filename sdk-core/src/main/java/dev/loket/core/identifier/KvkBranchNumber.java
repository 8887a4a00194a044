package dev.loket.core.identifier;

import java.util.Optional;

/**
 * A vestigingsnummer: the twelve-digit number of one branch (establishment) of an enterprise in the
 * Dutch trade register. One {@link KvkNumber} can have many branches; eHerkenning and the KvK APIs
 * name a branch by this number. Most branch numbers start with zeros ({@code "000037178598"}), which
 * are part of the number and kept. There is no check digit.
 */
public final class KvkBranchNumber {

    private static final int LENGTH = 12;

    private final String value;

    private KvkBranchNumber(String value) {
        this.value = value;
    }

    /**
     * The branch number in {@code text}, which may contain spaces, dots or dashes
     * ({@code "0000 3717 8598"}); empty when it is not twelve digits, or all zeros. Never throws.
     */
    public static Optional<KvkBranchNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Written.withoutSeparators(text);
        return digits.length() == LENGTH && Written.isDigits(digits) && !digits.equals("000000000000")
                ? Optional.of(new KvkBranchNumber(digits))
                : Optional.empty();
    }

    /** The twelve digits. */
    public String value() {
        return value;
    }

    /** Equal when the twelve digits are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KvkBranchNumber number && number.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The twelve digits, as {@link #value()}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return value;
    }
}

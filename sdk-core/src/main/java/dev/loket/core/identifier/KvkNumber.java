package dev.loket.core.identifier;

import java.util.Optional;

/**
 * A KvK-nummer: the eight-digit number of an enterprise or legal person in the Dutch trade register
 * of the Chamber of Commerce (Kamer van Koophandel). It has no check digit, so only its form can be
 * checked here; whether it exists is a question for the KvK's own APIs.
 *
 * <p>Leading zeros are significant (numbers of the former regional chambers start with {@code 0}),
 * so a seven-digit input is not padded the way an eight-digit {@link Bsn} is: it is rejected.
 *
 * @see KvkBranchNumber
 */
public final class KvkNumber {

    private static final int LENGTH = 8;

    private final String value;

    private KvkNumber(String value) {
        this.value = value;
    }

    /**
     * The KvK number in {@code text}, which may contain spaces, dots or dashes
     * ({@code "6875 0110"}); empty when it is not eight digits, or all zeros (a placeholder people
     * type, never a registration). Never throws.
     */
    public static Optional<KvkNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = Written.withoutSeparators(text);
        return digits.length() == LENGTH && Written.isDigits(digits) && !digits.equals("00000000")
                ? Optional.of(new KvkNumber(digits))
                : Optional.empty();
    }

    /** The eight digits. */
    public String value() {
        return value;
    }

    /** Equal when the eight digits are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KvkNumber number && number.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The eight digits, as {@link #value()}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return value;
    }
}

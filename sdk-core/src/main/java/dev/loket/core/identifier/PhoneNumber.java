package dev.loket.core.identifier;

import java.util.Optional;

/**
 * A telephone number in the international E.164 form: {@code "+"}, the country calling code and the
 * national number, 8 to 15 digits in all ({@code "+31612345678"}). Dutch numbers as people write them
 * ({@code "06-12345678"}, {@code "020 123 4567"}, {@code "+31 (0)6 12345678"},
 * {@code "0031 6 12345678"}) become E.164, so that one person's number is stored and compared one
 * way, and an SMS gateway gets what it expects.
 *
 * <p>Dutch numbers are checked exactly (ten digits with the leading 0, nine after {@code +31}). Other
 * countries are only checked for the E.164 length, because their numbering plans are not ours to
 * keep; a library such as libphonenumber does that, at a weight this small type does not need.
 * Short numbers (112, 14 020, four-digit 0800 and 0900 numbers) are not accepted: they cannot be
 * reached from abroad and are not a person's number.
 */
public final class PhoneNumber {

    private static final String NETHERLANDS = "+31";
    private static final int DUTCH_NATIONAL_DIGITS = 9;
    private static final int FEWEST_DIGITS = 8;
    private static final int MOST_DIGITS = 15;

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /**
     * The telephone number in {@code text}, with spaces, dots, dashes, slashes or brackets as people
     * write them, a national Dutch number starting with 0, or an international one starting with
     * {@code +} or {@code 00}. Empty when it is none of those. Never throws.
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // "+31 (0)20 ..." repeats the trunk prefix 0 that is not dialled from abroad: drop it first.
        String compact = Written.withoutSeparators(text).replace("(0)", "");
        compact = Written.without(compact, "/()");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        } else if (compact.startsWith("0")) {
            compact = NETHERLANDS + compact.substring(1);
        }
        if (compact.startsWith(NETHERLANDS + "0")) {
            // "+31 06 12345678": people often keep the 0 after the country code.
            compact = NETHERLANDS + compact.substring(NETHERLANDS.length() + 1);
        }
        if (!compact.startsWith("+")) {
            return Optional.empty();
        }
        String digits = compact.substring(1);
        if (!Written.isDigits(digits) || digits.charAt(0) == '0') {
            return Optional.empty();
        }
        boolean valid = compact.startsWith(NETHERLANDS)
                ? digits.length() == 2 + DUTCH_NATIONAL_DIGITS && digits.charAt(2) != '0'
                : digits.length() >= FEWEST_DIGITS && digits.length() <= MOST_DIGITS;
        return valid ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
    }

    /** The E.164 form: {@code "+"} and 8 to 15 digits, no spaces ({@code "+31612345678"}). */
    public String value() {
        return value;
    }

    /** Whether it is a Dutch number (country calling code 31). */
    public boolean isDutch() {
        return value.startsWith(NETHERLANDS);
    }

    /** Equal when the E.164 forms are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber number && number.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The E.164 form, as {@link #value()}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return value;
    }
}

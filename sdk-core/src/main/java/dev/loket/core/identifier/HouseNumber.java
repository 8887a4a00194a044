package dev.loket.core.identifier;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house number of a Dutch address in the three parts the BAG (Basisregistratie Adressen en
 * Gebouwen) keeps: the number (huisnummer, 1 to 99999), an optional letter (huisletter, one letter)
 * and an optional addition (huisnummertoevoeging, one to four letters or digits). Together with a
 * {@link Postcode} it names one address.
 *
 * <p>Letter and addition are kept in upper case, so that {@code "12a"} as a person types it equals
 * {@code "12A"} from a register.
 *
 * <p>{@link #toString()} writes the letter after a space and the addition after a dash:
 * {@code "12"}, {@code "12 A"}, {@code "12-1"}, {@code "12 A-BIS"}; {@link #parse(String)} reads
 * that back and also the usual ways people write it (see there).
 *
 * @param number   the huisnummer, 1 to 99999
 * @param letter   the huisletter: one capital A-Z, or empty
 * @param addition the huisnummertoevoeging: one to four capitals or digits, or empty
 */
public record HouseNumber(int number, Optional<String> letter, Optional<String> addition) {

    private static final int HIGHEST = 99999;

    /*
     * The number (no leading zero), then a letter only when it stands alone (followed by the end,
     * a space or a dash, so "12bis" is an addition and not the letter B), then an addition after an
     * optional dash. The number may not run on into digits, so "123456" is not 12345 plus 6.
     */
    private static final Pattern WRITTEN = Pattern.compile(
            "\\s*([1-9][0-9]{0,4})(?![0-9])"
                    + "(?:\\s*([A-Za-z])(?![A-Za-z0-9]))?"
                    + "(?:\\s*-?\\s*([A-Za-z0-9]{1,4}))?\\s*");
    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    private static final Pattern ADDITION = Pattern.compile("[A-Z0-9]{1,4}");

    /**
     * Checks the parts and puts letter and addition in upper case.
     *
     * @throws IllegalArgumentException when a part is out of range; use {@link #parse(String)} for
     *                                  text a person typed
     */
    public HouseNumber {
        Objects.requireNonNull(letter, "letter: use Optional.empty() for none");
        Objects.requireNonNull(addition, "addition: use Optional.empty() for none");
        letter = letter.map(Written::upperCaseAscii);
        addition = addition.map(Written::upperCaseAscii);
        if (number < 1 || number > HIGHEST) {
            throw new IllegalArgumentException("A house number is 1 to " + HIGHEST + ", not " + number);
        }
        if (letter.isPresent() && !LETTER.matcher(letter.get()).matches()) {
            throw new IllegalArgumentException("A house letter is one letter A-Z, not '" + letter.get() + "'");
        }
        if (addition.isPresent() && !ADDITION.matcher(addition.get()).matches()) {
            throw new IllegalArgumentException(
                    "A house number addition is 1 to 4 letters or digits, not '" + addition.get() + "'");
        }
    }

    /** The house number without letter or addition. */
    public static HouseNumber of(int number) {
        return new HouseNumber(number, Optional.empty(), Optional.empty());
    }

    /**
     * The house number in {@code text}: {@code "12"}, {@code "12a"}, {@code "12 A"},
     * {@code "12-1"}, {@code "12 hs"}, {@code "12bis"}, {@code "12A-1"}, {@code "12 a bis"}. A single
     * letter that stands alone right after the number is the letter; what follows a dash, or a group
     * of more than one character, is the addition. Empty when the text is not a house number.
     * Never throws.
     */
    public static Optional<HouseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher parts = WRITTEN.matcher(text);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HouseNumber(Integer.parseInt(parts.group(1)),
                Optional.ofNullable(parts.group(2)), Optional.ofNullable(parts.group(3))));
    }

    /** {@code "12"}, {@code "12 A"}, {@code "12-1"} or {@code "12 A-BIS"}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return number + letter.map(l -> " " + l).orElse("") + addition.map(a -> "-" + a).orElse("");
    }
}

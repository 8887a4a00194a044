package dev.loket.core.identifier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits, the first not zero, and two letters, written {@code "1234 AB"}.
 * PostNL does not issue the letter pairs SA, SD and SS (for their associations in the Second World
 * War), so those are rejected. Whether the postcode is in use is a question for the BAG.
 */
public final class Postcode {

    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Set<String> LETTERS_NOT_ISSUED = Set.of("SA", "SD", "SS");

    private final String value;

    private Postcode(String value) {
        this.value = value;
    }

    /**
     * The postcode in {@code text}, with or without the space and in either case
     * ({@code "1234ab"}, {@code "1234 AB"}, {@code " 1234-ab "}); empty when it is not a Dutch
     * postcode. Never throws.
     */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = Written.upperCaseAscii(Written.withoutSeparators(text));
        return FORM.matcher(compact).matches() && !LETTERS_NOT_ISSUED.contains(compact.substring(4))
                ? Optional.of(new Postcode(compact.substring(0, 4) + " " + compact.substring(4)))
                : Optional.empty();
    }

    /** The postcode as PostNL writes it: four digits, a space, two capitals ({@code "1234 AB"}). */
    public String value() {
        return value;
    }

    /** The four digits: the area, e.g. for a rough distance or a municipality lookup. */
    public String digits() {
        return value.substring(0, 4);
    }

    /** Equal when the postcodes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Postcode postcode && postcode.value.equals(value);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** As {@link #value()} ({@code "1234 AB"}); {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return value;
    }
}

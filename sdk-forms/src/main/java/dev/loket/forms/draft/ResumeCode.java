package dev.loket.forms.draft;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code that finds a draft without login, such as {@code K7QM-3XPA}: 8 characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L, and no U), so it can be read aloud at a counter
 * or over the phone and typed from paper. It only finds the draft; opening it also takes the
 * {@link ResumableDraft#secret() secret}.
 *
 * @param value the 8 characters, without the hyphen
 */
public record ResumeCode(String value) {

    /** The characters codes and secrets are made of: digits and capitals without look-alikes. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;

    public ResumeCode {
        if (value == null || value.length() != LENGTH || !inAlphabet(value)) {
            throw new IllegalArgumentException("A resume code is " + LENGTH + " characters from " + ALPHABET);
        }
    }

    /**
     * The code a person typed, forgiving case, spaces and hyphens; empty when it cannot be a code.
     */
    public static Optional<ResumeCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = normalize(typed);
        return compact.length() == LENGTH && inAlphabet(compact) ? Optional.of(new ResumeCode(compact)) : Optional.empty();
    }

    /** A new random code. */
    public static ResumeCode random(SecureRandom random) {
        return new ResumeCode(randomCharacters(random, LENGTH));
    }

    /** The code as shown to people: two groups of four, {@code K7QM-3XPA}. */
    @Override
    public String toString() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    static String normalize(String typed) {
        return typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    static String randomCharacters(SecureRandom random, int length) {
        StringBuilder characters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            characters.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return characters.toString();
    }

    private static boolean inAlphabet(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

package dev.loket.core.identifier;

/**
 * How people write identifiers: digits grouped with spaces, dots or dashes ({@code "9999.93.653"},
 * {@code "NL91 ABNA 0417 1643 00"}). Shared by the parsers of this package so that every identifier
 * accepts the same separators.
 */
final class Written {

    private Written() {
    }

    /**
     * {@code text} without ASCII white space, dots and dashes. Only ASCII white space: a character
     * that merely looks like a space is not silently accepted.
     */
    static String withoutSeparators(String text) {
        return without(text, " \t\n\u000B\f\r.-");
    }

    /**
     * {@code text} without any of the characters in {@code unwanted}. A loop rather than
     * {@code replaceAll}, which compiles its pattern on every call: these run for every field of
     * every form a person fills in.
     */
    static String without(String text, String unwanted) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unwanted.indexOf(c) >= 0) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * {@code text} with the letters a-z in upper case and everything else as it was. Not
     * {@link String#toUpperCase}: that turns the dotless {@code ı} into {@code I} and {@code ß} into
     * {@code SS}, so a non-ASCII input could turn into a valid identifier.
     */
    static String upperCaseAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    /**
     * Whether {@code text} is not empty and only has the ASCII digits 0-9. Deliberately not
     * {@link Character#isDigit(char)}, which also accepts Arabic-Indic or full-width digits that no
     * register stores.
     */
    static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The 11-proof (elfproef) of nine digits: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 must be divisible by 11.
     * The all-zero number passes the sum but is not a number anybody has.
     */
    static boolean passesElevenProof(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !nineDigits.equals("000000000");
    }
}

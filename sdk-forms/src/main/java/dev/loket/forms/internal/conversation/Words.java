package dev.loket.forms.internal.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What people type, reduced to what it means for matching: lower case, without accents, without
 * the full stop or exclamation mark a chat message often ends with, single spaces. "Ja!" and
 * "ja" are the same answer, and so are "Geüpload" and "geupload".
 */
final class Words {

    private Words() {
    }

    static String normalise(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
        return plain.replaceAll("[.!?]+$", "").trim();
    }

    /** Whether the whole text, or else its first word, is one of {@code words}. */
    static boolean saysOneOf(String normalised, Set<String> words) {
        if (words.contains(normalised)) {
            return true;
        }
        String first = normalised.split("[ ,;:]", 2)[0];
        return !first.equals(normalised) && words.contains(first);
    }
}

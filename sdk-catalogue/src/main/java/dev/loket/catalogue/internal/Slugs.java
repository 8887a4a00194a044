package dev.loket.catalogue.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Identifiers made from names: "'s-Hertogenbosch" becomes {@code s-hertogenbosch}. */
public final class Slugs {

    private Slugs() {
    }

    /** Lower-case ASCII letters and digits joined by single dashes, at most {@code max} characters. */
    public static String of(String name, int max) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}

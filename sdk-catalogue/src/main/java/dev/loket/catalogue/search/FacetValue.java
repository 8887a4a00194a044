package dev.loket.catalogue.search;

import dev.loket.core.Language;

import java.util.Objects;

/**
 * One value of a facet as a product carries it: a stable key for filters and its name for people.
 *
 * @param key the value in filters and URLs, e.g. {@code GM0363} or {@code CASH}
 * @param nl  its name in Dutch
 * @param en  its name in English
 */
public record FacetValue(String key, String nl, String en) {

    public FacetValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A facet value needs a key");
        }
    }

    /** The same name in both languages (a municipality's name, an agency's name). */
    public static FacetValue named(String key, String name) {
        return new FacetValue(key, name, name);
    }

    public String label(Language language) {
        return language == Language.EN ? en : nl;
    }
}

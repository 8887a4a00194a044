package dev.loket.consent;

import java.util.Objects;

/**
 * Where the law gives an agency its basis for processing, e.g. Participatiewet, art. 17.
 *
 * @param law     the name of the law, e.g. {@code "Participatiewet"}
 * @param article the article within it, e.g. {@code "art. 17"}
 */
public record LegalReference(String law, String article) {

    public LegalReference {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(article, "article");
    }

    /** {@code "Participatiewet, art. 17"}. */
    @Override
    public String toString() {
        return law + ", " + article;
    }
}

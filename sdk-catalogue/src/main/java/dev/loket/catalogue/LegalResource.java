package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The law a service rests on (CPSV-AP {@code hasLegalResource}; the UPL's "grondslag").
 *
 * @param law     the law's title ("Paspoortwet")
 * @param article the article, as written ("artikel 9"), if the basis is one article
 * @param url     where to read it, usually on wetten.overheid.nl
 */
public record LegalResource(String law, Optional<String> article, URI url) {

    public LegalResource {
        Copies.required(law, "A law's title");
        article = Copies.optional(article).filter(a -> !a.isBlank()).map(a -> Copies.writable(a, "An article"));
        Objects.requireNonNull(url, "A legal resource's URL is required");
    }

    public static LegalResource of(String law, String article, String url) {
        return new LegalResource(law, Optional.ofNullable(article), URI.create(url));
    }
}

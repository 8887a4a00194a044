package dev.loket.catalogue.exchange.feeds;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the catalogue finds each publishing agency's public keys: its JWKS URL, fetched and cached
 * by Nimbus ({@link JWKSourceBuilder}: cached for 5 minutes, refreshed when a feed names a key id
 * the cache does not have, so an agency can rotate its key).
 */
public final class FeedKeys {

    private final Function<String, Optional<JWKSource<SecurityContext>>> sources;

    private FeedKeys(Function<String, Optional<JWKSource<SecurityContext>>> sources) {
        this.sources = sources;
    }

    /** The keys of each agency at its JWKS URL ({@code agency id -> URL}). */
    public static FeedKeys fromJwksUrls(Map<String, URI> jwksUrls) {
        Map<String, JWKSource<SecurityContext>> built = new ConcurrentHashMap<>();
        jwksUrls.forEach((agency, url) -> {
            try {
                built.put(agency, JWKSourceBuilder.create(url.toURL()).retrying(false).build());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("The JWKS URL of " + agency + " is not a URL: " + url, e);
            }
        });
        return new FeedKeys(agency -> Optional.ofNullable(built.get(agency)));
    }

    /** Keys from any source, e.g. an immutable JWK set in tests. */
    public static FeedKeys of(Map<String, JWKSource<SecurityContext>> sources) {
        Map<String, JWKSource<SecurityContext>> copy = Map.copyOf(sources);
        return new FeedKeys(agency -> Optional.ofNullable(copy.get(agency)));
    }

    Optional<JWKSource<SecurityContext>> of(String agency) {
        return sources.apply(agency);
    }
}

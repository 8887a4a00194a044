package dev.loket.catalogue.exchange.feeds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

import dev.loket.catalogue.store.FeedSequence;

import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a signed feed with the keys of the agency that signed it. A feed is refused when it is
 * not a compact JWS of type {@value FeedSigner#TYPE}, when it is signed with anything but an
 * asymmetric algorithm, when its publisher is not the one expected, when the catalogue has no keys
 * of its publisher, or when no key of the publisher's JWKS verifies it. A verified feed must also say
 * when it was signed, until when it is valid and its sequence ({@code iat}, {@code exp}, {@code seq}, see
 * {@link FeedSigner}); an expired one is refused as stale. Whether its sequence is newer than the last
 * one taken is for the store to say, in the import's transaction ({@link dev.loket.catalogue.store.ProductImport#claimFeedSequence}).
 */
public final class FeedVerifier {

    /** The JWS header that names the publishing agency (RFC 7519 section 5.3 lets a JWS repeat {@code iss} there). */
    static final String ISSUER = "iss";
    /** When the feed was signed, in seconds since 1970 (JWT's NumericDate). */
    static final String ISSUED_AT = "iat";
    /** Until when the feed may be taken in, in seconds since 1970. */
    static final String EXPIRES = "exp";
    /** The feed's number in its publisher's series. */
    static final String SEQUENCE = "seq";
    /** How far the clocks of publisher and receiver may differ. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.RS256, JWSAlgorithm.EdDSA);

    private final FeedKeys keys;
    private final Clock clock;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    public FeedVerifier(FeedKeys keys) {
        this(keys, Clock.systemUTC());
    }

    public FeedVerifier(FeedKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Verifies the feed.
     *
     * @param compact  the feed as a compact JWS
     * @param expected the agency the feed must come from (the one that posts it); empty to take the signed publisher
     * @throws LoketException {@code catalogue/feed-rejected}, {@code catalogue/unknown-publisher}, or
     *                        {@code catalogue/stale-feed} when it has expired
     */
    public VerifiedFeed verify(String compact, Optional<String> expected) {
        JWSObject jws = parse(compact);
        JWSHeader header = jws.getHeader();
        if (header.getType() == null || !FeedSigner.TYPE.equals(header.getType().getType())) {
            throw rejected("catalogue.feed-not-signed", "the JWS type (typ) is not " + FeedSigner.TYPE);
        }
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw rejected("catalogue.feed-not-signed", "the algorithm " + header.getAlgorithm() + " is not allowed for feeds");
        }
        Object issuer = header.getCustomParam(ISSUER);
        if (!(issuer instanceof String agency)) {
            throw rejected("catalogue.feed-not-signed", "the header names no publishing agency (iss)");
        }
        if (expected.isPresent() && !expected.get().equals(agency)) {
            throw rejected("catalogue.feed-wrong-signer", agency, expected.get());
        }
        FeedFormat format = Optional.ofNullable(header.getContentType()).flatMap(FeedFormat::ofContentType)
                .orElseThrow(() -> rejected("catalogue.feed-not-signed", "the content type (cty) is not one Loket reads"));
        JWKSource<SecurityContext> source = keys.of(agency).orElseThrow(() -> new LoketException(
                CatalogueProblems.UNKNOWN_PUBLISHER, Message.of(CatalogueProblems.BUNDLE, "catalogue.unknown-publisher", agency)));
        if (!verifiedByAny(jws, candidates(header, source, agency))) {
            throw rejected("catalogue.feed-bad-signature", agency);
        }
        // Only now: the freshness of a feed is worth something only when its publisher signed it.
        long issuedAt = number(header, ISSUED_AT, agency);
        long expires = number(header, EXPIRES, agency);
        long sequence = number(header, SEQUENCE, agency);
        Instant now = clock.instant();
        if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(CLOCK_SKEW)) || expires <= issuedAt) {
            throw rejected("catalogue.feed-from-the-future", agency, Instant.ofEpochSecond(issuedAt).toString());
        }
        if (!Instant.ofEpochSecond(expires).plus(CLOCK_SKEW).isAfter(now)) {
            throw new LoketException(CatalogueProblems.STALE_FEED, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.feed-expired", agency, Instant.ofEpochSecond(expires).toString()));
        }
        return new VerifiedFeed(agency, format, jws.getPayload().toBytes(),
                new FeedSequence(agency, sequence, Instant.ofEpochSecond(issuedAt)), Instant.ofEpochSecond(expires));
    }

    /** A whole number in the header; JSON gives it as a Long, or as a Double when someone wrote {@code 1.0}. */
    private static long number(JWSHeader header, String name, String agency) {
        Object value = header.getCustomParam(name);
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        throw rejected("catalogue.feed-not-fresh", agency);
    }

    private static JWSObject parse(String compact) {
        try {
            return JWSObject.parse(compact.trim());
        } catch (ParseException e) {
            throw rejected("catalogue.feed-not-signed", e.getMessage());
        }
    }

    private static List<? extends Key> candidates(JWSHeader header, JWKSource<SecurityContext> source, String agency) {
        try {
            return new JWSVerificationKeySelector<>(header.getAlgorithm(), source).selectJWSKeys(header, null);
        } catch (KeySourceException e) {
            throw new LoketException(ProblemType.UNAVAILABLE, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.feed-keys-unavailable", agency), List.of(), e);
        }
    }

    private boolean verifiedByAny(JWSObject jws, List<? extends Key> candidates) {
        for (Key key : candidates) {
            try {
                JWSVerifier verifier = verifiers.createJWSVerifier(jws.getHeader(), key);
                if (jws.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException | IllegalStateException e) {
                // A key of the wrong kind for the header's algorithm: try the next one.
            }
        }
        return false;
    }

    private static LoketException rejected(String key, Object... args) {
        return new LoketException(CatalogueProblems.FEED_REJECTED, Message.of(CatalogueProblems.BUNDLE, key, args));
    }
}

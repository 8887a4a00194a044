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

import java.security.Key;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a signed feed with the keys of the agency that signed it. A feed is refused when it is
 * not a compact JWS of type {@value FeedSigner#TYPE}, when it is signed with anything but an
 * asymmetric algorithm, when its publisher is not the one expected, when the catalogue has no keys
 * of its publisher, or when no key of the publisher's JWKS verifies it.
 */
public final class FeedVerifier {

    /** The JWS header that names the publishing agency (RFC 7519 section 5.3 lets a JWS repeat {@code iss} there). */
    static final String ISSUER = "iss";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.RS256, JWSAlgorithm.EdDSA);

    private final FeedKeys keys;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    public FeedVerifier(FeedKeys keys) {
        this.keys = keys;
    }

    /**
     * Verifies the feed.
     *
     * @param compact  the feed as a compact JWS
     * @param expected the agency the feed must come from (the one that posts it); empty to take the signed publisher
     * @throws LoketException {@code catalogue/feed-rejected} or {@code catalogue/unknown-publisher}
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
        return new VerifiedFeed(agency, format, jws.getPayload().toBytes());
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

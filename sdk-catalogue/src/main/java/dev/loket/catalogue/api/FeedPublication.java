package dev.loket.catalogue.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.loket.catalogue.exchange.feeds.FeedSigner;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The feed this application publishes for the agency it belongs to ({@code loket.catalogue.feed.agency}):
 * that agency's products signed with its private key ({@code loket.catalogue.feed.signing-key},
 * a private JWK), and the public key as a JWKS for other catalogues to verify with. Each feed is valid
 * for {@code loket.catalogue.feed.validity} after it is signed (an ISO 8601 duration, default {@code PT24H}).
 *
 * @param agency    the publishing agency; empty when this application publishes no feed
 * @param signer    signs the feed
 * @param publicKey the JWKS to publish
 */
public record FeedPublication(Optional<String> agency, Optional<FeedSigner> signer, JWKSet publicKey) {

    private static final Logger LOG = Logger.getLogger(FeedPublication.class.getName());

    static FeedPublication of(Optional<String> agency, Optional<String> privateJwk, Optional<String> validity) {
        if (agency.isEmpty()) {
            return new FeedPublication(Optional.empty(), Optional.empty(), new JWKSet());
        }
        JWK key = privateJwk.map(FeedPublication::parse).orElseGet(() -> development(agency.get()));
        Duration valid = validity.map(FeedPublication::duration).orElse(FeedSigner.DEFAULT_VALIDITY);
        return new FeedPublication(agency, Optional.of(new FeedSigner(agency.get(), key, Clock.systemUTC(), valid)),
                new JWKSet(key.toPublicJWK()));
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("loket.catalogue.feed.validity is not an ISO 8601 duration such as PT24H: " + text, e);
        }
    }

    private static JWK parse(String jwk) {
        try {
            return JWK.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalArgumentException("loket.catalogue.feed.signing-key is not a JWK: " + e.getMessage(), e);
        }
    }

    /** A key made now, for development only: feeds signed with it stop verifying when the application restarts. */
    private static JWK development(String agency) {
        try {
            JWK key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            LOG.warning(() -> "The catalogue feed of " + agency + " is signed with a temporary development key ("
                    + key.getKeyID() + "); configure loket.catalogue.feed.signing-key");
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a development feed key", e);
        }
    }
}

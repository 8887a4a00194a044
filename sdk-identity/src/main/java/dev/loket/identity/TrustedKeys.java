package dev.loket.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import dev.loket.identity.internal.JwksKeys;
import dev.loket.identity.internal.FixedKeys;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The issuer's public keys that a token's signature may be checked with. Only keys from here are
 * ever used: a key or key address in the token's own header is refused, never followed.
 */
public interface TrustedKeys {

    /**
     * The key with this id that fits the algorithm, as a ready verifier; empty when there is none.
     * An implementation may look again at the issuer's key set when the id is unknown.
     *
     * @param keyId the token's {@code kid}, empty when the token has none
     */
    Optional<KeyVerifier> find(Optional<String> keyId, JWSAlgorithm algorithm);

    /**
     * The issuer's key set at {@code jwksUri} (from discovery's {@code jwks_uri}): fetched once, kept
     * for {@code maxAge} (after which removed keys stop verifying), and fetched again for an unknown
     * {@code kid} at most once per {@code minRefreshInterval}, so forged tokens cannot make us flood the issuer.
     */
    static TrustedKeys fromJwksUri(URI jwksUri, Duration maxAge, Duration minRefreshInterval, Clock clock) {
        return new JwksKeys(jwksUri, maxAge, minRefreshInterval, clock);
    }

    /** A fixed key set, for tests and for issuers whose keys are configured by hand. */
    static TrustedKeys of(JWKSet keys) {
        return new FixedKeys(keys);
    }
}

package dev.loket.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.loket.identity.KeyVerifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signature keys of one fetched key set, each with its verifier made once. Encryption keys,
 * private keys and keys of other types are left out: a key only verifies the algorithms of its type
 * (RSA for RS/PS, P-256 for ES256), so a token cannot pick an unexpected use for a key.
 */
final class KeyRing {

    private final List<KeyVerifier> keys;

    private KeyRing(List<KeyVerifier> keys) {
        this.keys = List.copyOf(keys);
    }

    static KeyRing of(JWKSet set) {
        List<KeyVerifier> usable = new ArrayList<>();
        for (JWK key : set.getKeys()) {
            if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
                continue;
            }
            if (key.getKeyOperations() != null && !key.getKeyOperations().contains(KeyOperation.VERIFY)) {
                continue; // found by Wycheproof: a key for "encrypt" only must not verify signatures
            }
            verifierFor(key.toPublicJWK()).ifPresent(usable::add);
        }
        return new KeyRing(usable);
    }

    Optional<KeyVerifier> find(Optional<String> keyId, JWSAlgorithm algorithm) {
        KeyVerifier only = null;
        int fitting = 0;
        for (KeyVerifier candidate : keys) {
            JWK key = candidate.key();
            if (!fits(key, algorithm)) {
                continue;
            }
            if (keyId.isPresent()) {
                if (keyId.get().equals(key.getKeyID())) {
                    return Optional.of(candidate);
                }
            } else {
                only = candidate;
                fitting++;
            }
        }
        // A token without kid is accepted only when the choice is not ours to make: one fitting key.
        return fitting == 1 ? Optional.of(only) : Optional.empty();
    }

    boolean knows(String keyId) {
        return keys.stream().anyMatch(k -> keyId.equals(k.key().getKeyID()));
    }

    private static boolean fits(JWK key, JWSAlgorithm algorithm) {
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
            return false;
        }
        if (key instanceof RSAKey) {
            return JWSAlgorithm.Family.RSA.contains(algorithm);
        }
        if (key instanceof ECKey ec) {
            return JWSAlgorithm.Family.EC.contains(algorithm)
                    && ECDSAVerifierCurves.curveOf(algorithm).map(ec.getCurve()::equals).orElse(false);
        }
        return false;
    }

    private static Optional<KeyVerifier> verifierFor(JWK key) {
        try {
            if (key instanceof RSAKey rsa) {
                return Optional.of(new KeyVerifier(key, new RSASSAVerifier(rsa)));
            }
            if (key instanceof ECKey ec && ECDSAVerifierCurves.supported(ec.getCurve())) {
                return Optional.of(new KeyVerifier(key, new ECDSAVerifier(ec)));
            }
        } catch (JOSEException e) {
            // A key Nimbus cannot use (too short an RSA modulus, a point off the curve) is skipped.
        }
        return Optional.empty();
    }

    /** Which curve each ECDSA algorithm signs on. */
    static final class ECDSAVerifierCurves {
        private ECDSAVerifierCurves() {
        }

        static Optional<Curve> curveOf(JWSAlgorithm algorithm) {
            if (JWSAlgorithm.ES256.equals(algorithm)) {
                return Optional.of(Curve.P_256);
            }
            if (JWSAlgorithm.ES384.equals(algorithm)) {
                return Optional.of(Curve.P_384);
            }
            if (JWSAlgorithm.ES512.equals(algorithm)) {
                return Optional.of(Curve.P_521);
            }
            return Optional.empty();
        }

        static boolean supported(Curve curve) {
            return Curve.P_256.equals(curve) || Curve.P_384.equals(curve) || Curve.P_521.equals(curve);
        }
    }
}

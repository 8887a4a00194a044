package dev.loket.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import dev.loket.identity.KeyVerifier;
import dev.loket.identity.TrustedKeys;

import java.util.Optional;

/** A key set that never changes. */
public final class FixedKeys implements TrustedKeys {

    private final KeyRing ring;

    public FixedKeys(JWKSet keys) {
        this.ring = KeyRing.of(keys);
    }

    @Override
    public Optional<KeyVerifier> find(Optional<String> keyId, JWSAlgorithm algorithm) {
        return ring.find(keyId, algorithm);
    }
}

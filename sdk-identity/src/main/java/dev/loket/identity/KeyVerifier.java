package dev.loket.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;

/**
 * One trusted public key with its signature verifier, made once and reused for every token.
 *
 * @param key      the public key as the issuer published it
 * @param verifier Nimbus' verifier for that key
 */
public record KeyVerifier(JWK key, JWSVerifier verifier) {

    /** True when {@code signature} over {@code signingInput} verifies with this key. */
    public boolean verifies(JWSHeader header, byte[] signingInput, Base64URL signature) {
        try {
            return verifier.verify(header, signingInput, signature);
        } catch (JOSEException e) {
            return false;
        }
    }
}

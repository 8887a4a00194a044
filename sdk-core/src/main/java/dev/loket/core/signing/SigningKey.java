package dev.loket.core.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.logging.Logger;

/**
 * The key with which a Loket application signs what it hands out as proof (submission receipts,
 * consent receipts): ES256 on an EC P-256 key with a key id, so anyone verifies with the public keys
 * the application publishes as a JWKS. One place for the rules, so every kind of receipt is signed
 * the same way.
 */
public final class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    /**
     * Signs with BouncyCastle's P-256 rather than the JDK's: on Java 17 an ES256 signature took
     * 0.7-0.9 ms of CPU with the JDK's pure-Java field arithmetic and 0.11 ms with BouncyCastle (on
     * Java 25: 0.19 and 0.11 ms). The signature is the same standard ES256, verified by anyone's
     * JDK or library with the published JWKS. Used as an object, never registered with
     * {@code Security.addProvider}, so nothing else in the server changes provider.
     */
    private static final Provider PROVIDER = new BouncyCastleProvider();

    private final ECKey key;
    /**
     * Made once: turning the JWK into a JCA key and seeding a random source for every signature cost
     * as much as the signature itself. Nimbus's signers are thread-safe.
     */
    private final ECDSASigner signer;

    private SigningKey(ECKey key) {
        this.key = key;
        try {
            this.signer = new ECDSASigner(providerKey(key), Curve.P_256);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Not a key that can sign: " + e.getMessage(), e);
        }
        signer.getJCAContext().setProvider(PROVIDER);
        signer.getJCAContext().setSecureRandom(new SecureRandom());
    }

    /**
     * The private key as BouncyCastle's own key object. Given the JDK's key, BouncyCastle converts the
     * curve parameters again for every signature, which made its signature 3 times as slow (0.38 ms).
     */
    private static PrivateKey providerKey(ECKey key) throws JOSEException {
        try {
            return KeyFactory.getInstance("EC", PROVIDER)
                    .generatePrivate(new PKCS8EncodedKeySpec(key.toECPrivateKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new JOSEException("The EC key cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A private EC P-256 key given as a JWK (JSON) with a key id.
     *
     * @param what what the key signs, for error messages ("submission receipts")
     * @throws IllegalArgumentException when the text is not a private EC P-256 JWK with a {@code kid}
     */
    public static SigningKey fromJwk(String privateJwk, String what) {
        try {
            JWK jwk = JWK.parse(privateJwk);
            if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException("The key that signs " + what + " must be a private EC P-256 JWK");
            }
            if (ec.getKeyID() == null) {
                throw new IllegalArgumentException("The key that signs " + what + " needs a key id (\"kid\")");
            }
            return new SigningKey(ec);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The key that signs " + what + " is not a JWK: " + e.getMessage(), e);
        }
    }

    /**
     * A key made now, for development only: what it signed stops verifying when the application
     * restarts. Logged as a warning so nobody runs production like this.
     */
    public static SigningKey development(String what) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            LOG.warning(() -> "The " + what + " are signed with a temporary development key (" + key.getKeyID()
                    + "); configure a signing key so that they stay verifiable");
            return new SigningKey(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a development signing key", e);
        }
    }

    /** The claims as a compact JWS (ES256) with this key's id and the given {@code typ}. */
    public String sign(JWTClaimsSet claims, String type) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(type))
                .build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign", e);
        }
        return jwt.serialize();
    }

    /**
     * A JWS (ES256) over the bytes, with this key's id and the given {@code typ}, in compact form with
     * the payload left out ({@code header..signature}, RFC 7515 Appendix F). For signing what travels
     * on its own, such as an HTTP body: the receiver verifies with the bytes it received, so the
     * signature holds for exactly those bytes.
     */
    public String signDetached(byte[] payload, String type) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(type))
                .build(), new Payload(payload.clone()));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign", e);
        }
        return jws.serialize(true);
    }

    /** The public key, to publish as a JWKS. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}

package dev.loket.identity.internal.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Login state and sessions in cookies instead of server memory, so any instance can serve any
 * request: the claims are signed (HS256, our own key, never a token from outside) and then
 * encrypted (JWE {@code dir} + A256GCM), so the browser can neither read nor change them. Each kind
 * of cookie has its own {@code typ}, so a login-state cookie can never be passed off as a session.
 * Both keys are derived from one configured secret.
 */
public final class SealedCookies {

    private static final int MAX_COOKIE_CHARS = 4000;

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final DirectEncrypter encrypter;
    private final DirectDecrypter decrypter;
    private final Clock clock;

    public SealedCookies(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The cookie key has at least 32 bytes, not " + secret.length);
        }
        try {
            byte[] signing = derive(secret, "loket-identity-cookie-signing");
            byte[] encryption = derive(secret, "loket-identity-cookie-encryption");
            this.signer = new MACSigner(signing);
            this.verifier = new MACVerifier(signing);
            this.encrypter = new DirectEncrypter(new SecretKeySpec(encryption, "AES"));
            this.decrypter = new DirectDecrypter(new SecretKeySpec(encryption, "AES"));
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA256 and AES-256", e);
        }
        this.clock = clock;
    }

    /** The claims, signed and encrypted, as a cookie value; {@code type} says what the cookie is for. */
    public String seal(String type, JWTClaimsSet claims) {
        try {
            SignedJWT signed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).customParam("loket", type).build(), claims);
            signed.sign(signer);
            JWEObject sealed = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                    .contentType("JWT").build(), new Payload(signed));
            sealed.encrypt(encrypter);
            return sealed.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Sealing a cookie failed", e);
        }
    }

    /** The claims of a cookie of this type that we sealed and that has not expired; empty for anything else. */
    public Optional<JWTClaimsSet> open(String type, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_COOKIE_CHARS) {
            return Optional.empty();
        }
        try {
            JWEObject sealed = JWEObject.parse(value);
            if (!JWEAlgorithm.DIR.equals(sealed.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(sealed.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            sealed.decrypt(decrypter);
            SignedJWT signed = sealed.getPayload().toSignedJWT();
            if (signed == null || !JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm())
                    || !type.equals(signed.getHeader().getCustomParam("loket")) || !signed.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = signed.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (exp == null || !Instant.now(clock).isBefore(exp.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A key for one purpose from the configured secret (HMAC-SHA256), so one secret never serves two uses. */
    public static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

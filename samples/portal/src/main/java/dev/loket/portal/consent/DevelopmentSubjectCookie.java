package dev.loket.portal.consent;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The development sign-in's cookie, sealed: the pseudonym and an end time, encrypted and
 * authenticated (JWE {@code dir} + A256GCM) with a key made at start. A cookie made up or copied
 * from a pseudonym in a log or receipt opens nothing; after a restart every such sign-in ends,
 * which is fine for a development convenience.
 */
@ApplicationScoped
public class DevelopmentSubjectCookie {

    /** As long as a login lasts by default ({@code loket.identity.session-minutes}). */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final int MAX_CHARS = 1000;

    private final DirectEncrypter encrypter;
    private final DirectDecrypter decrypter;
    private final Clock clock;

    public DevelopmentSubjectCookie() {
        this(newKey(), Clock.systemUTC());
    }

    DevelopmentSubjectCookie(byte[] key, Clock clock) {
        try {
            this.encrypter = new DirectEncrypter(new SecretKeySpec(key, "AES"));
            this.decrypter = new DirectDecrypter(new SecretKeySpec(key, "AES"));
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java runtime has AES-256", e);
        }
        this.clock = clock;
    }

    /** The cookie value for a subject's pseudonym. */
    String seal(String pseudonym) {
        Instant now = clock.instant();
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                new JWTClaimsSet.Builder().subject(pseudonym).expirationTime(Date.from(now.plus(LIFETIME))).build());
        try {
            jwt.encrypt(encrypter);
        } catch (JOSEException e) {
            throw new IllegalStateException("Sealing the development sign-in failed", e);
        }
        return jwt.serialize();
    }

    /** The pseudonym in a cookie this instance sealed and that has not ended; empty for anything else. */
    Optional<String> open(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_CHARS) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(value);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(decrypter);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date end = claims.getExpirationTime();
            if (end == null || !clock.instant().isBefore(end.toInstant())) {
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getSubject());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}

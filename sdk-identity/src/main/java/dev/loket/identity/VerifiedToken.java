package dev.loket.identity;

import com.nimbusds.jwt.JWTClaimsSet;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token whose signature, issuer, audience, times and nonce all checked out. Only
 * {@link TokenVerifier} makes one.
 */
public final class VerifiedToken {

    private final JWTClaimsSet claims;

    VerifiedToken(JWTClaimsSet claims) {
        this.claims = claims;
    }

    /** The {@code sub} claim: who logged in, as the issuer names them. */
    public String subject() {
        return claims.getSubject();
    }

    /** The {@code iss} claim. */
    public String issuer() {
        return claims.getIssuer();
    }

    /** When the token expires ({@code exp}). */
    public Instant expiresAt() {
        return claims.getExpirationTime().toInstant();
    }

    /** A text claim, empty when missing or not text. */
    public Optional<String> text(String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** A list-of-text claim (a single text counts as a list of one), empty when missing. */
    public List<String> texts(String name) {
        Object value = claims.getClaim(name);
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** A JSON object claim (such as {@code represents}), empty when missing or not an object. */
    public Optional<Map<String, Object>> object(String name) {
        try {
            return Optional.ofNullable(claims.getJSONObjectClaim(name));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** All claims, as Nimbus parsed them. */
    public JWTClaimsSet claims() {
        return claims;
    }
}

package dev.loket.identity;

import dev.loket.core.identifier.Bsn;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * Keyed pseudonyms for identifiers such as the BSN: logs, consent records and correlation use the
 * pseudonym, never the number. An HMAC-SHA256 with a secret key, not a plain hash: a BSN has only
 * about 10^8 valid values, so an unkeyed hash of one is reversed by trying them all.
 *
 * <p>The same key gives the same pseudonym for the same identifier, so records about one person
 * can be joined within the agency; another key (another agency) gives unrelated pseudonyms.
 */
public final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    /** At least 256 bits, the HMAC-SHA256 output size, as RFC 2104 advises. */
    static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * Pseudonyms with a secret key of at least 32 bytes, e.g. from configuration
     * ({@code loket.identity.pseudonym-key}, base64).
     *
     * @throws IllegalArgumentException when the key is shorter
     */
    public static Pseudonyms withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A pseudonym key has at least " + MIN_KEY_BYTES
                    + " bytes (256 bits), not " + key.length);
        }
        return new Pseudonyms(key.clone());
    }

    /** As {@link #withKey(byte[])}, from base64 text. */
    public static Pseudonyms withBase64Key(String base64) {
        try {
            return withKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pseudonym key is not valid base64 of at least "
                    + MIN_KEY_BYTES + " bytes", e);
        }
    }

    /** The pseudonym of a citizen's BSN. */
    public String of(Bsn bsn) {
        return of("bsn", bsn.value());
    }

    /**
     * The pseudonym of an identifier of a kind ({@code bsn}, {@code kvk}, {@code eidas}, ...): the
     * kind is part of the input, so equal numbers of different kinds get different pseudonyms.
     * 43 characters, URL-safe base64 without padding.
     */
    public String of(String kind, String identifier) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ":" + identifier).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}

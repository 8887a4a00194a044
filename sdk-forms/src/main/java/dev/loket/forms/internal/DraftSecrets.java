package dev.loket.forms.internal;

import dev.loket.forms.draft.ResumeCode;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes draft secrets and keeps them only as PBKDF2-HMAC-SHA256 hashes with a salt per draft,
 * encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the iteration count can be raised
 * later without breaking stored drafts.
 *
 * <p>Why our own code: the JDK has PBKDF2, and a password library would be a dependency for ten
 * lines. The secret is machine-made (10 characters from 30, about 49 bits), not a human password,
 * so a wordlist attack does not apply; the iteration count is there to make a stolen table costly
 * to brute-force, and is configurable.
 */
final class DraftSecrets {

    static final int SECRET_LENGTH = 10;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int iterations;
    /** Checked against when the code is unknown, so an unknown code costs as much time as a wrong secret. */
    private final String decoy;

    DraftSecrets(SecureRandom random, int iterations) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("Use at least 1000 PBKDF2 iterations, not " + iterations);
        }
        this.random = random;
        this.iterations = iterations;
        this.decoy = hash(newSecret());
    }

    /** A new secret as shown to people: {@code H4RT9-MZQ2W}. */
    String newSecret() {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH + 1);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            if (i == SECRET_LENGTH / 2) {
                secret.append('-');
            }
            secret.append(ResumeCode.ALPHABET.charAt(random.nextInt(ResumeCode.ALPHABET.length())));
        }
        return secret.toString();
    }

    String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(pbkdf2(normalize(secret), salt, iterations));
    }

    /** Whether the typed secret matches the stored hash, compared in constant time. */
    boolean matches(String typed, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalStateException("Unknown secret hash scheme");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = pbkdf2(normalize(typed), base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a check without a draft to check against. */
    void spendTimeOfACheck(String typed) {
        matches(typed, decoy);
    }

    /** Secrets are typed from paper or read aloud: case, spaces and hyphens do not matter. */
    private static char[] normalize(String secret) {
        return secret.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT).toCharArray();
    }

    private static byte[] pbkdf2(char[] secret, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret, salt, iterations, HASH_BITS)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has PBKDF2WithHmacSHA256", e);
        }
    }
}

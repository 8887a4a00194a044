package dev.loket.forms.submission;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.core.signing.SigningKey;
import dev.loket.identity.Representation;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;



/**
 * Proof of filing: a JWS (ES256) over the submission's id, form and version, time, channel and the
 * SHA-256 of the submitted data. Anyone can verify it with the public keys this issuer publishes
 * ({@link #publicKeys()}, served as a JWKS), without asking the agency.
 */
public final class Receipts {

    /** Media type of a receipt's JOSE header {@code typ}. */
    public static final String TYPE = "loket-receipt+jwt";

    private final SigningKey key;
    private final String issuer;

    private Receipts(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * Receipts signed with a private EC P-256 key given as a JWK (JSON) with a key id.
     *
     * @throws IllegalArgumentException when the text is not such a key
     */
    public static Receipts withKey(String privateJwk, String issuer) {
        return new Receipts(SigningKey.fromJwk(privateJwk, "submission receipts"), issuer);
    }

    /** Receipts signed with a temporary key, for development only (see {@link SigningKey#development}). */
    public static Receipts withDevelopmentKey(String issuer) {
        return new Receipts(SigningKey.development("submission receipts"), issuer);
    }

    /** The signed receipt (compact JWS) for a stored submission. */
    public String sign(StoredSubmission submission) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(submission.id().toString())
                .issueTime(Date.from(submission.submittedAt()))
                .claim("form", submission.formId())
                .claim("form_version", submission.formVersion())
                .claim("channel", submission.channel().name().toLowerCase(Locale.ROOT))
                .claim("data_sha256", submission.dataSha256());
        // Filed for the person by someone else: the actor as in RFC 8693's "act" claim, so the receipt
        // itself says who acted, the same receipt the person gets.
        submission.representation().ifPresent(r -> claims.claim("act", actor(r)));
        return key.sign(claims.build(), TYPE);
    }

    private static Map<String, Object> actor(Representation r) {
        Map<String, Object> act = new LinkedHashMap<>();
        act.put("sub", r.actor());
        act.put("role", r.role());
        act.put("mandate", r.mandate());
        r.place().ifPresent(place -> act.put("place", place));
        return act;
    }

    /**
     * The key that signs receipts, for signing other proof that receivers should check with the
     * same published keys (such as the signature of {@code WebhookDelivery}).
     */
    public SigningKey signingKey() {
        return key;
    }

    /** The public keys that verify receipts. */
    public JWKSet publicKeys() {
        return key.publicKeys();
    }
}

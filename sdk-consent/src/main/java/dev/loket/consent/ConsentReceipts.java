package dev.loket.consent;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.core.signing.SigningKey;

import java.util.Date;
import java.util.Locale;



/**
 * Signed consent receipts: a JWS (ES256) for every consent event, over the event's id, subject
 * pseudonym, controller, purpose, basis, status, time and chain hash. The subject keeps it as
 * proof; any agency verifies it with {@link #publicKeys()} (served as a JWKS) without asking us.
 * The hash ties the receipt to the stored event, so a receipt also shows whether the record was
 * changed afterwards.
 */
public final class ConsentReceipts {

    /** Media type of a receipt's JOSE header {@code typ}. */
    public static final String TYPE = "loket-consent-receipt+jwt";

    private final SigningKey key;
    private final String issuer;

    private ConsentReceipts(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * Receipts signed with a private EC P-256 key given as a JWK (JSON) with a key id.
     *
     * @throws IllegalArgumentException when the text is not such a key
     */
    public static ConsentReceipts withKey(String privateJwk, String issuer) {
        return new ConsentReceipts(SigningKey.fromJwk(privateJwk, "consent receipts"), issuer);
    }

    /** Receipts signed with a temporary key, for development only (see {@link SigningKey#development}). */
    public static ConsentReceipts withDevelopmentKey(String issuer) {
        return new ConsentReceipts(SigningKey.development("consent receipts"), issuer);
    }

    /** The signed receipt (compact JWS) for a stored consent event. */
    public String sign(ConsentEvent event) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .jwtID(event.id().toString())
                .subject(event.subject())
                .issueTime(Date.from(event.time()))
                .claim("controller", event.controller())
                .claim("purpose", event.purposeId())
                .claim("basis", event.basis().name().toLowerCase(Locale.ROOT))
                .claim("status", event.type().name().toLowerCase(Locale.ROOT))
                .claim("event_sha256", event.hash());
        // Not "exp": the receipt stays valid proof after the consent itself has ended.
        event.expiresAt().ifPresent(end -> claims.claim("consent_expires", end.getEpochSecond()));
        return key.sign(claims.build(), TYPE);
    }

    /** The public keys that verify receipts. */
    public JWKSet publicKeys() {
        return key.publicKeys();
    }
}

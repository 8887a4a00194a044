package dev.loket.consent;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Signed consent receipts: a JWS (ES256) for every consent event, over the event's id, subject
 * pseudonym, controller, purpose, basis, status, time and chain hash. The subject keeps it as
 * proof; any agency verifies it with {@link #publicKeys()} (served as a JWKS) without asking us.
 * The hash ties the receipt to the stored event, so a receipt also shows whether the record was
 * changed afterwards.
 */
public final class ConsentReceipts {

    private static final Logger LOG = Logger.getLogger(ConsentReceipts.class.getName());
    /** Media type of a receipt's JOSE header {@code typ}. */
    public static final String TYPE = "loket-consent-receipt+jwt";

    private final ECKey key;
    private final String issuer;

    private ConsentReceipts(ECKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * Receipts signed with a private EC P-256 key given as a JWK (JSON) with a key id.
     *
     * @throws IllegalArgumentException when the text is not a private EC P-256 JWK with a {@code kid}
     */
    public static ConsentReceipts withKey(String privateJwk, String issuer) {
        try {
            JWK jwk = JWK.parse(privateJwk);
            if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException("The consent receipt signing key must be a private EC P-256 JWK");
            }
            if (ec.getKeyID() == null) {
                throw new IllegalArgumentException("The consent receipt signing key needs a key id (\"kid\")");
            }
            return new ConsentReceipts(ec, issuer);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The consent receipt signing key is not a JWK: " + e.getMessage(), e);
        }
    }

    /**
     * Receipts signed with a key made now, for development only: receipts stop verifying when the
     * application restarts. Logged as a warning so nobody runs production like this.
     */
    public static ConsentReceipts withDevelopmentKey(String issuer) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            LOG.warning("Consent receipts are signed with a temporary development key (" + key.getKeyID()
                    + "); configure a signing key for receipts that stay verifiable");
            return new ConsentReceipts(key, issuer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a development signing key", e);
        }
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
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE))
                .build(), claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a consent receipt", e);
        }
        return jwt.serialize();
    }

    /** The public keys that verify receipts. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}

package dev.loket.forms.submission;

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
import java.util.logging.Logger;

/**
 * Proof of filing: a JWS (ES256) over the submission's id, form and version, time, channel and the
 * SHA-256 of the submitted data. Anyone can verify it with the public keys this issuer publishes
 * ({@link #publicKeys()}, served as a JWKS), without asking the agency.
 */
public final class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class.getName());
    /** Media type of a receipt's JOSE header {@code typ}. */
    public static final String TYPE = "loket-receipt+jwt";

    private final ECKey key;
    private final String issuer;

    private Receipts(ECKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /**
     * Receipts signed with a private EC P-256 key given as a JWK (JSON).
     *
     * @throws IllegalArgumentException when the text is not a private EC P-256 JWK
     */
    public static Receipts withKey(String privateJwk, String issuer) {
        try {
            JWK jwk = JWK.parse(privateJwk);
            if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException("The receipt signing key must be a private EC P-256 JWK");
            }
            if (ec.getKeyID() == null) {
                throw new IllegalArgumentException("The receipt signing key needs a key id (\"kid\")");
            }
            return new Receipts(ec, issuer);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The receipt signing key is not a JWK: " + e.getMessage(), e);
        }
    }

    /**
     * Receipts signed with a key made now, for development only: receipts stop verifying when the
     * application restarts. Logged as a warning so nobody runs production like this.
     */
    public static Receipts withDevelopmentKey(String issuer) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            LOG.warning("Receipts are signed with a temporary development key (" + key.getKeyID()
                    + "); configure loket.forms.receipts.signing-key for receipts that stay verifiable");
            return new Receipts(key, issuer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a development signing key", e);
        }
    }

    /** The signed receipt (compact JWS) for a stored submission. */
    public String sign(StoredSubmission submission) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(submission.id().toString())
                .issueTime(Date.from(submission.submittedAt()))
                .claim("form", submission.formId())
                .claim("form_version", submission.formVersion())
                .claim("channel", submission.channel().name().toLowerCase(java.util.Locale.ROOT))
                .claim("data_sha256", submission.dataSha256())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE))
                .build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a receipt", e);
        }
        return jwt.serialize();
    }

    /** The public keys that verify receipts. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}

package dev.loket.catalogue.exchange.feeds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.loket.catalogue.Agency;

/**
 * Signs an agency's catalogue as a feed: a compact JWS whose payload is the document, with the
 * publishing agency in the {@code iss} header, the format in {@code cty}, and the key's id in
 * {@code kid}, so a receiving catalogue finds the key in that agency's JWKS.
 *
 * <p>Keys: EC P-256 (ES256) or RSA of at least 2048 bits (PS256). Symmetric keys are refused: a
 * feed must be verifiable by anyone with the agency's public keys, and by no one else be signable.
 */
public final class FeedSigner {

    /** The JWS {@code typ} of a feed, so a feed is never mistaken for another Loket JWS (a receipt). */
    public static final String TYPE = "loket-catalogue-feed+jws";

    private final String agency;
    private final JWK key;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;

    public FeedSigner(String agency, JWK privateKey) {
        if (!Agency.isValidId(agency)) {
            throw new IllegalArgumentException("A feed is signed by an agency id, not " + agency);
        }
        if (privateKey.getKeyID() == null) {
            throw new IllegalArgumentException("The feed key needs a key id (\"kid\") so receivers find it in the JWKS");
        }
        this.agency = agency;
        this.key = privateKey;
        try {
            if (privateKey instanceof ECKey ec && ec.isPrivate() && Curve.P_256.equals(ec.getCurve())) {
                signer = new ECDSASigner(ec);
                algorithm = JWSAlgorithm.ES256;
            } else if (privateKey instanceof RSAKey rsa && rsa.isPrivate() && rsa.size() >= 2048) {
                signer = new RSASSASigner(rsa);
                algorithm = JWSAlgorithm.PS256;
            } else {
                throw new IllegalArgumentException("A feed is signed with a private EC P-256 or RSA (2048 bits or more) key");
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Not a key that can sign: " + e.getMessage(), e);
        }
    }

    /** The document as a signed feed (compact JWS). */
    public String sign(byte[] document, FeedFormat format) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE))
                .contentType(format.contentType())
                .customParam(FeedVerifier.ISSUER, agency)
                .build(), new Payload(document.clone()));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the feed", e);
        }
        return jws.serialize();
    }
}

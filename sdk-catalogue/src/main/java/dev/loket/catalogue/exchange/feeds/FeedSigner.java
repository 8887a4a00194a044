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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs an agency's catalogue as a feed: a compact JWS whose payload is the document, with the
 * publishing agency in the {@code iss} header, the format in {@code cty}, and the key's id in
 * {@code kid}, so a receiving catalogue finds the key in that agency's JWKS.
 *
 * <p>The header also says how fresh the feed is, because a feed is the agency's whole catalogue and
 * an old one, taken in again, would remove what the agency added since: {@code iat} (when it was
 * signed) and {@code exp} (until when it may be taken in), both in seconds since 1970 as in JWT, and
 * {@code seq}, a number that is higher for every feed the agency signs. A receiving catalogue takes a
 * feed only once, and never after one with a higher {@code seq}. Unless the caller gives one, the
 * sequence is the signing time in milliseconds, which only grows as long as the signer's clock does.
 *
 * <p>Keys: EC P-256 (ES256) or RSA of at least 2048 bits (PS256). Symmetric keys are refused: a
 * feed must be verifiable by anyone with the agency's public keys, and by no one else be signable.
 */
public final class FeedSigner {

    /** The JWS {@code typ} of a feed, so a feed is never mistaken for another Loket JWS (a receipt). */
    public static final String TYPE = "loket-catalogue-feed+jws";
    /** How long a feed may be taken in after it was signed, unless the signer is given another validity. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);

    private final String agency;
    private final JWK key;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final Clock clock;
    private final Duration validity;

    /** A signer whose feeds are valid for {@link #DEFAULT_VALIDITY} after signing, on the system clock. */
    public FeedSigner(String agency, JWK privateKey) {
        this(agency, privateKey, Clock.systemUTC(), DEFAULT_VALIDITY);
    }

    /**
     * @param validity how long after signing a receiver may take the feed in ({@code exp - iat}); positive
     */
    public FeedSigner(String agency, JWK privateKey, Clock clock, Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.toSeconds() < 1) {
            throw new IllegalArgumentException("A feed is valid for at least a second, not " + validity);
        }
        this.clock = clock;
        this.validity = validity;
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

    /** The document as a signed feed (compact JWS), numbered with the signing time in milliseconds. */
    public String sign(byte[] document, FeedFormat format) {
        Instant now = clock.instant();
        return sign(document, format, now.toEpochMilli(), now);
    }

    /**
     * The document as a signed feed (compact JWS) with a sequence number of the caller's.
     *
     * @param sequence higher than that of every feed this agency signed before; receivers refuse a lower or equal one
     */
    public String sign(byte[] document, FeedFormat format, long sequence) {
        return sign(document, format, sequence, clock.instant());
    }

    private String sign(byte[] document, FeedFormat format, long sequence, Instant now) {
        long issuedAt = now.getEpochSecond();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE))
                .contentType(format.contentType())
                .customParam(FeedVerifier.ISSUER, agency)
                .customParam(FeedVerifier.ISSUED_AT, issuedAt)
                .customParam(FeedVerifier.EXPIRES, issuedAt + validity.toSeconds())
                .customParam(FeedVerifier.SEQUENCE, sequence)
                .build(), new Payload(document.clone()));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the feed", e);
        }
        return jws.serialize();
    }
}

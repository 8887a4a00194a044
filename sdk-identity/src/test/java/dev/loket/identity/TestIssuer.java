package dev.loket.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** An issuer for tests: real keys, real signatures, claims a test can bend. */
final class TestIssuer {

    static final String ISSUER = "https://login.example.nl/realms/loket";
    static final String CLIENT = "loket-portal";
    static final String NONCE = "n-0S6_WzA2Mj";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    final RSAKey rsa;
    final ECKey ec;

    TestIssuer(String rsaKid, String ecKid) {
        try {
            this.rsa = new RSAKeyGenerator(2048).keyID(rsaKid).keyUse(KeyUse.SIGNATURE).generate();
            this.ec = new ECKeyGenerator(Curve.P_256).keyID(ecKid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    JWKSet publicKeys() {
        return new JWKSet(List.<JWK>of(rsa.toPublicJWK(), ec.toPublicJWK()));
    }

    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT)
                .subject("f2a1c7e0")
                .claim("azp", CLIENT)
                .claim("nonce", NONCE)
                .issueTime(Date.from(NOW.minusSeconds(5)))
                .expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard");
    }

    String rs256(UnaryOperator<JWTClaimsSet.Builder> claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).build(), claims.apply(claims()).build(), rsa);
    }

    String rs256() {
        return rs256(c -> c);
    }

    String sign(JWSHeader header, JWTClaimsSet claims, JWK key) {
        try {
            JWSSigner signer = key instanceof RSAKey r ? new RSASSASigner(r) : new ECDSASigner((ECKey) key);
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

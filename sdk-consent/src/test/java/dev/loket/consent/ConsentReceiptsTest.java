package dev.loket.consent;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.loket.core.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentReceiptsTest {

    private static final ConsentEvent EVENT = new ConsentEvent(UUID.fromString("8d7b6c2e-1f0a-4b9e-9c3d-2a1b0c9d8e7f"),
            "ps-7f3a9c", 3, "gemeente-utrecht", "nieuwsbrief-regelingen", ConsentEvent.Type.WITHDRAWN,
            Set.of("email"), LegalBasis.CONSENT, "privacy-2026-01", Channel.WEB, Optional.empty(),
            Instant.parse("2026-03-01T09:00:00Z"), Optional.of(Instant.parse("2027-03-01T09:00:00Z")),
            "a".repeat(64), "b".repeat(64));

    @Test
    void receiptVerifiesWithThePublishedKeyAndCarriesTheEvent() throws Exception {
        ConsentReceipts receipts = ConsentReceipts.withDevelopmentKey("https://utrecht.example/loket");
        SignedJWT jwt = SignedJWT.parse(receipts.sign(EVENT));

        JWKSet published = JWKSet.parse(receipts.publicKeys().toString());
        ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType(ConsentReceipts.TYPE));

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getJWTID()).isEqualTo(EVENT.id().toString());
        assertThat(claims.getSubject()).isEqualTo("ps-7f3a9c");
        assertThat(claims.getIssuer()).isEqualTo("https://utrecht.example/loket");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(EVENT.time());
        assertThat(claims.getStringClaim("controller")).isEqualTo("gemeente-utrecht");
        assertThat(claims.getStringClaim("purpose")).isEqualTo("nieuwsbrief-regelingen");
        assertThat(claims.getStringClaim("basis")).isEqualTo("consent");
        assertThat(claims.getStringClaim("status")).isEqualTo("withdrawn");
        assertThat(claims.getStringClaim("event_sha256")).isEqualTo("b".repeat(64));
        assertThat(claims.getExpirationTime()).as("a receipt stays proof after the consent ends").isNull();
        assertThat(claims.getLongClaim("consent_expires")).isEqualTo(Instant.parse("2027-03-01T09:00:00Z").getEpochSecond());
    }

    @Test
    void receiptDoesNotVerifyWithAnotherKey() throws Exception {
        ConsentReceipts receipts = ConsentReceipts.withDevelopmentKey("issuer");
        ECKey other = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();

        assertThat(SignedJWT.parse(receipts.sign(EVENT)).verify(new ECDSAVerifier(other))).isFalse();
    }

    @Test
    void signsWithAConfiguredKeyUnderItsKeyId() throws Exception {
        ECKey configured = new ECKeyGenerator(Curve.P_256).keyID("consent-2026").generate();
        ConsentReceipts receipts = ConsentReceipts.withKey(configured.toJSONString(), "issuer");

        SignedJWT jwt = SignedJWT.parse(receipts.sign(EVENT));

        assertThat(jwt.getHeader().getKeyID()).isEqualTo("consent-2026");
        assertThat(jwt.verify(new ECDSAVerifier(configured.toPublicJWK()))).isTrue();
    }

    @Test
    void refusesAPublicKeyOrAKeyWithoutIdForSigning() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();

        assertThatThrownBy(() -> ConsentReceipts.withKey(key.toPublicJWK().toJSONString(), "issuer"))
                .hasMessageContaining("private EC P-256");
        assertThatThrownBy(() -> ConsentReceipts.withKey(key.toJSONString(), "issuer"))
                .hasMessageContaining("key id");
    }
}

package dev.loket.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.loket.identity.TestIssuer.CLIENT;
import static dev.loket.identity.TestIssuer.ISSUER;
import static dev.loket.identity.TestIssuer.NONCE;
import static dev.loket.identity.TestIssuer.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenVerifierTest {

    private static final TestIssuer ISSUING = new TestIssuer("rsa-1", "ec-1");
    private static final TestIssuer ATTACKER = new TestIssuer("rsa-1", "attacker-ec");

    private final TokenVerifier verifier = verifier(Clock.fixed(NOW, ZoneOffset.UTC));

    private static TokenVerifier verifier(Clock clock) {
        return TokenVerifier.forIssuer(ISSUER).audience(CLIENT).keys(TrustedKeys.of(ISSUING.publicKeys()))
                .clock(clock).clockSkew(Duration.ofSeconds(30)).build();
    }

    private TokenRejection reasonFor(String token) {
        try {
            verifier.verifyIdToken(token, NONCE);
        } catch (TokenRejectedException e) {
            return e.reason();
        }
        throw new AssertionError("The token was accepted");
    }

    @Test
    void acceptsAnIdTokenSignedByTheIssuer() {
        VerifiedToken token = verifier.verifyIdToken(ISSUING.rs256(), NONCE);

        assertThat(token.subject()).isEqualTo("f2a1c7e0");
        assertThat(token.text("acr")).contains("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void acceptsEs256AndPs256Tokens() {
        String es256 = ISSUING.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), TestIssuer.claims().build(), ISSUING.ec);
        String ps256 = ISSUING.sign(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("rsa-1").build(), TestIssuer.claims().build(), ISSUING.rsa);

        assertThat(verifier.verifyIdToken(es256, NONCE).subject()).isEqualTo("f2a1c7e0");
        assertThat(verifier.verifyIdToken(ps256, NONCE).subject()).isEqualTo("f2a1c7e0");
    }

    @Test
    void rejectsAnUnsignedTokenWithAlgNone() {
        String plain = new PlainJWT(TestIssuer.claims().build()).serialize();
        String noneWithSignature = plain + ISSUING.rs256().substring(ISSUING.rs256().lastIndexOf('.') + 1);

        assertThat(reasonFor(plain)).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        assertThat(reasonFor(noneWithSignature)).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        assertThat(reasonFor(header("{\"alg\":\"NONE\",\"kid\":\"rsa-1\"}") + "." + payload() + "."))
                .isIn(TokenRejection.ALGORITHM_NOT_ALLOWED, TokenRejection.MALFORMED);
    }

    @Test
    void rejectsATokenSignedWithHmacUsingThePublicKey() throws JOSEException {
        byte[] publicKeyAsSecret = ISSUING.rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(), TestIssuer.claims().build());
        forged.sign(new MACSigner(publicKeyAsSecret));
        SignedJWT forgedWithDer = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(), TestIssuer.claims().build());
        forgedWithDer.sign(new MACSigner(padded(ISSUING.rsa.toRSAPublicKey().getEncoded())));

        assertThat(reasonFor(forged.serialize())).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        assertThat(reasonFor(forgedWithDer.serialize())).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void cannotBeConfiguredToAllowNoneOrHmac() {
        var builder = TokenVerifier.forIssuer(ISSUER);
        assertThatThrownBy(() -> builder.algorithms(Set.of("HS256"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.algorithms(Set.of("none"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.algorithms(Set.of("RS256", "HS512"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.algorithms(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAlgorithmOutsideTheAllowList() {
        String rs384 = ISSUING.sign(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID("rsa-1").build(), TestIssuer.claims().build(), ISSUING.rsa);

        assertThat(reasonFor(rs384)).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        TokenVerifier rs384Allowed = TokenVerifier.forIssuer(ISSUER).audience(CLIENT).keys(TrustedKeys.of(ISSUING.publicKeys()))
                .algorithms(Set.of("RS384")).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        assertThat(rs384Allowed.verifyIdToken(rs384, NONCE).subject()).isEqualTo("f2a1c7e0");
    }

    @Test
    void rejectsATokenFromAnotherIssuer() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.issuer("https://evil.example/realms/loket")))).isEqualTo(TokenRejection.WRONG_ISSUER);
        assertThat(reasonFor(ISSUING.rs256(c -> c.issuer(ISSUER + "/")))).isEqualTo(TokenRejection.WRONG_ISSUER);
    }

    @Test
    void rejectsATokenForAnotherAudience() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.audience("other-client").claim("azp", "other-client"))))
                .isEqualTo(TokenRejection.WRONG_AUDIENCE);
    }

    @Test
    void rejectsATokenWhoseAuthorizedPartyIsAnotherClient() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.claim("azp", "other-client")))).isEqualTo(TokenRejection.WRONG_AUTHORIZED_PARTY);
        assertThat(reasonFor(ISSUING.rs256(c -> c.audience(List.of(CLIENT, "other-client")).claim("azp", null))))
                .isEqualTo(TokenRejection.WRONG_AUTHORIZED_PARTY);
        assertThat(verifier.verifyIdToken(ISSUING.rs256(c -> c.audience(List.of(CLIENT, "api"))), NONCE).subject()).isEqualTo("f2a1c7e0");
    }

    @Test
    void rejectsAnExpiredTokenBeyondTheClockSkew() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.expirationTime(Date.from(NOW.minusSeconds(31)))))).isEqualTo(TokenRejection.EXPIRED);
        assertThat(verifier.verifyIdToken(ISSUING.rs256(c -> c.expirationTime(Date.from(NOW.minusSeconds(29)))), NONCE)).isNotNull();
    }

    @Test
    void rejectsATokenNotYetValid() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.notBeforeTime(Date.from(NOW.plusSeconds(31)))))).isEqualTo(TokenRejection.NOT_YET_VALID);
        assertThat(verifier.verifyIdToken(ISSUING.rs256(c -> c.notBeforeTime(Date.from(NOW.plusSeconds(29)))), NONCE)).isNotNull();
    }

    @Test
    void rejectsATokenIssuedInTheFuture() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.issueTime(Date.from(NOW.plusSeconds(120)))))).isEqualTo(TokenRejection.ISSUED_IN_THE_FUTURE);
    }

    @Test
    void rejectsATokenSignedWithAnUnknownKey() {
        String attacker = ATTACKER.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("attacker-ec").build(), TestIssuer.claims().build(), ATTACKER.ec);

        assertThat(reasonFor(attacker)).isEqualTo(TokenRejection.UNKNOWN_KEY);
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyUnderTheIssuersKeyId() {
        // The attacker's RSA key has the same kid, "rsa-1", as the issuer's.
        assertThat(reasonFor(ATTACKER.rs256())).isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void rejectsATokenThatPointsToKeysElsewhere() throws Exception {
        JWSHeader jku = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").jwkURL(URI.create("https://evil.example/jwks.json")).build();
        JWSHeader x5u = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").x509CertURL(URI.create("https://evil.example/cert.pem")).build();
        JWSHeader jwk = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").jwk(ATTACKER.rsa.toPublicJWK()).build();

        assertThat(reasonFor(ATTACKER.sign(jku, TestIssuer.claims().build(), ATTACKER.rsa))).isEqualTo(TokenRejection.KEY_IN_HEADER);
        assertThat(reasonFor(ATTACKER.sign(x5u, TestIssuer.claims().build(), ATTACKER.rsa))).isEqualTo(TokenRejection.KEY_IN_HEADER);
        assertThat(reasonFor(ATTACKER.sign(jwk, TestIssuer.claims().build(), ATTACKER.rsa))).isEqualTo(TokenRejection.KEY_IN_HEADER);
        // Even signed with the issuer's own key: a header that names a key is not what the issuer sends.
        assertThat(reasonFor(ISSUING.sign(jku, TestIssuer.claims().build(), ISSUING.rsa))).isEqualTo(TokenRejection.KEY_IN_HEADER);
    }

    @Test
    void rejectsAnOversizedTokenBeforeParsingIt() {
        String huge = ISSUING.rs256(c -> c.claim("padding", "x".repeat(20_000)));

        assertThat(reasonFor(huge)).isEqualTo(TokenRejection.TOO_LARGE);
        assertThat(reasonFor("{".repeat(TokenVerifier.DEFAULT_MAX_TOKEN_CHARS + 1))).isEqualTo(TokenRejection.TOO_LARGE);
    }

    @Test
    void rejectsAnIdTokenWithAnotherOrNoNonce() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.claim("nonce", "replayed-nonce")))).isEqualTo(TokenRejection.WRONG_NONCE);
        assertThat(reasonFor(ISSUING.rs256(c -> c.claim("nonce", null)))).isEqualTo(TokenRejection.WRONG_NONCE);
    }

    @Test
    void rejectsATokenWithoutARequiredClaim() {
        assertThat(reasonFor(ISSUING.rs256(c -> c.subject(null)))).isEqualTo(TokenRejection.MISSING_CLAIM);
        assertThat(reasonFor(ISSUING.rs256(c -> c.expirationTime(null)))).isEqualTo(TokenRejection.MISSING_CLAIM);
        assertThat(reasonFor(ISSUING.rs256(c -> c.issueTime(null)))).isEqualTo(TokenRejection.MISSING_CLAIM);
        TokenVerifier needsAcr = TokenVerifier.forIssuer(ISSUER).audience(CLIENT).keys(TrustedKeys.of(ISSUING.publicKeys()))
                .requiredClaims(Set.of("acr")).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        assertThatThrownBy(() -> needsAcr.verifyIdToken(ISSUING.rs256(c -> c.claim("acr", null)), NONCE))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(TokenRejection.MISSING_CLAIM));
    }

    @Test
    void rejectsGarbageAsMalformed() {
        assertThat(reasonFor("")).isEqualTo(TokenRejection.MALFORMED);
        assertThat(reasonFor("not a token")).isEqualTo(TokenRejection.MALFORMED);
        assertThat(reasonFor("a.b.c")).isEqualTo(TokenRejection.MALFORMED);
        assertThat(reasonFor(header("{\"alg\":\"RS256\",\"kid\":\"rsa-1\"}") + ".bm90IGpzb24." + "c2ln")).isIn(TokenRejection.MALFORMED, TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void rejectsACriticalHeaderItDoesNotKnow() {
        JWSHeader crit = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").criticalParams(Set.of("exp-policy"))
                .customParam("exp-policy", "lenient").build();
        assertThat(reasonFor(ISSUING.sign(crit, TestIssuer.claims().build(), ISSUING.rsa))).isEqualTo(TokenRejection.UNKNOWN_CRITICAL_HEADER);
    }

    @Test
    void acceptsAnAccessTokenWithoutNonce() {
        assertThat(verifier.verifyAccessToken(ISSUING.rs256(c -> c.claim("nonce", null))).subject()).isEqualTo("f2a1c7e0");
    }

    @Test
    void logsTheReasonButNeverTheToken() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger logger = Logger.getLogger(TokenVerifier.class.getName());
        java.util.logging.Level before = logger.getLevel();
        logger.setLevel(java.util.logging.Level.INFO);
        logger.addHandler(handler);
        try {
            String token = ISSUING.rs256(c -> c.audience("other-client").claim("azp", "other-client"));
            reasonFor(token);
            assertThat(records).hasSize(1);
            String logged = records.get(0).getMessage();
            assertThat(logged).contains("WRONG_AUDIENCE").contains("rsa-1")
                    .doesNotContain(token.substring(0, 20)).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                    .doesNotContain("f2a1c7e0");
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
    }

    @Test
    void aKeyWithoutKidIsUsedOnlyWhenItIsTheOnlyFittingKey() throws JOSEException {
        RSAKey lone = new RSAKeyGenerator(2048).generate();
        TokenVerifier single = TokenVerifier.forIssuer(ISSUER).audience(CLIENT)
                .keys(TrustedKeys.of(new com.nimbusds.jose.jwk.JWKSet(lone.toPublicJWK())))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        String noKid = ISSUING.sign(new JWSHeader(JWSAlgorithm.RS256), TestIssuer.claims().build(), lone);

        assertThat(single.verifyIdToken(noKid, NONCE).subject()).isEqualTo("f2a1c7e0");
        RSAKey another = new RSAKeyGenerator(2048).generate();
        TokenVerifier two = TokenVerifier.forIssuer(ISSUER).audience(CLIENT)
                .keys(TrustedKeys.of(new com.nimbusds.jose.jwk.JWKSet(List.of(lone.toPublicJWK(), another.toPublicJWK()))))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        assertThatThrownBy(() -> two.verifyIdToken(noKid, NONCE))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(TokenRejection.UNKNOWN_KEY));
    }

    private static String header(String json) {
        return Base64URL.encode(json).toString();
    }

    private static String payload() {
        return Base64URL.encode(TestIssuer.claims().build().toString()).toString();
    }

    private static byte[] padded(byte[] der) {
        return der.length >= 32 ? der : java.util.Arrays.copyOf(der, 32);
    }
}

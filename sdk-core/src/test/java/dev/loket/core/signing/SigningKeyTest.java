package dev.loket.core.signing;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTest {

    private final SigningKey key = SigningKey.development("tests");

    @Test
    void signsADetachedPayloadThatVerifiesOnlyWithTheSameBytes() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        String jws = key.signDetached(body, "test+jws");

        assertThat(jws.split("\\.", -1)).hasSize(3).satisfies(parts -> assertThat(parts[1]).isEmpty());
        ECKey publicKey = key.publicKeys().getKeys().get(0).toECKey();
        JWSObject signed = JWSObject.parse(jws, new Payload(body));
        assertThat(signed.getHeader().getKeyID()).isEqualTo(publicKey.getKeyID());
        assertThat(signed.getHeader().getType().getType()).isEqualTo("test+jws");
        assertThat(signed.verify(new ECDSAVerifier(publicKey))).isTrue();
        assertThat(JWSObject.parse(jws, new Payload("{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .verify(new ECDSAVerifier(publicKey))).isFalse();
    }

    @Test
    void signsStandardEs256ThatTheJdksOwnVerifierAccepts() throws Exception {
        ECKey configured = new ECKeyGenerator(Curve.P_256).keyID("receipts-2026").generate();
        SigningKey fromConfig = SigningKey.fromJwk(configured.toJSONString(), "tests");

        String jws = fromConfig.sign(new JWTClaimsSet.Builder().subject("submission-1").build(), "test+jwt");

        // Verified with the JDK's SunEC provider, not the one that signed: any ES256 verifier must accept it.
        String[] parts = jws.split("\\.");
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        jdk.initVerify(configured.toECPublicKey());
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(jdk.verify(new Base64URL(parts[2]).decode())).isTrue();
        assertThat(JWSObject.parse(jws).getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(JWSObject.parse(jws).getHeader().getKeyID()).isEqualTo("receipts-2026");
    }
}

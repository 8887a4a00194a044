package dev.loket.core.signing;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
}

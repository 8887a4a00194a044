package dev.loket.portal;

import dev.loket.core.identifier.Bsn;
import dev.loket.identity.Pseudonyms;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitySetupTest {

    private static final Bsn BSN = Bsn.parse("999993653").orElseThrow();

    @Test
    void makesPseudonymsWithTheConfiguredKey() {
        String key = Base64.getEncoder().encodeToString("a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII));

        Pseudonyms pseudonyms = new IdentitySetup().pseudonyms(Optional.of(key));

        assertThat(pseudonyms.of(BSN)).isEqualTo(Pseudonyms.withBase64Key(key).of(BSN));
    }

    @Test
    void makesPseudonymsWithATemporaryKeyWhenNoneIsConfigured() {
        Pseudonyms first = new IdentitySetup().pseudonyms(Optional.empty());
        Pseudonyms second = new IdentitySetup().pseudonyms(Optional.empty());

        assertThat(first.of(BSN)).isEqualTo(first.of(BSN)).isNotEqualTo(second.of(BSN)).doesNotContain(BSN.value());
    }
}

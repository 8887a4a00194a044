package dev.loket.identity;

import dev.loket.core.identifier.Bsn;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymsTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Bsn BSN = Bsn.parse("999993653").orElseThrow();

    @Test
    void givesTheSamePseudonymForTheSamePersonAndNeverTheNumber() {
        Pseudonyms pseudonyms = Pseudonyms.withKey(KEY);

        String pseudonym = pseudonyms.of(BSN);

        assertThat(pseudonym).isEqualTo(pseudonyms.of(Bsn.parse("9999.93.653").orElseThrow()))
                .hasSize(43).matches("[A-Za-z0-9_-]+").doesNotContain("999993653");
        assertThat(Bsn.parse(pseudonym)).as("a pseudonym is never mistaken for a BSN").isEmpty();
    }

    @Test
    void isTheHmacSha256OfKindAndNumber() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        String expected = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("bsn:999993653".getBytes(StandardCharsets.UTF_8)));

        assertThat(Pseudonyms.withKey(KEY).of(BSN)).isEqualTo(expected);
    }

    @Test
    void givesUnrelatedPseudonymsWithAnotherKeyOrKind() {
        byte[] other = KEY.clone();
        other[0] ^= 1;

        assertThat(Pseudonyms.withKey(other).of(BSN)).isNotEqualTo(Pseudonyms.withKey(KEY).of(BSN));
        assertThat(Pseudonyms.withKey(KEY).of("kvk", "999993653")).isNotEqualTo(Pseudonyms.withKey(KEY).of(BSN));
    }

    @Test
    void refusesKeysTooShortToBeSafe() {
        assertThatThrownBy(() -> Pseudonyms.withKey(Arrays.copyOf(KEY, 31))).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> Pseudonyms.withBase64Key("not base64!")).hasMessageContaining("base64");
    }

    @Test
    void keepsItsOwnCopyOfTheKey() {
        byte[] key = KEY.clone();
        Pseudonyms pseudonyms = Pseudonyms.withKey(key);
        String before = pseudonyms.of(BSN);

        key[0] ^= 1;

        assertThat(pseudonyms.of(BSN)).isEqualTo(before);
    }
}

package dev.loket.portal.consent;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentSubjectCookieTest {

    private static final String PSEUDONYM = "p7Qk2Lr9XwYb3Zc8Vn1Md4Fg6Hj0Ks5T";
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private static DevelopmentSubjectCookie at(Instant now, int key) {
        return new DevelopmentSubjectCookie(key(key), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void opensWhatItSealedWithoutShowingThePseudonym() {
        String cookie = at(NOW, 1).seal(PSEUDONYM);

        assertThat(cookie).doesNotContain(PSEUDONYM);
        assertThat(at(NOW.plusSeconds(60), 1).open(cookie)).contains(PSEUDONYM);
    }

    @Test
    void aMadeUpCookieOpensNothing() {
        DevelopmentSubjectCookie sealed = at(NOW, 1);

        assertThat(sealed.open(PSEUDONYM)).as("the bare pseudonym, the cookie of before").isEmpty();
        assertThat(sealed.open("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).isEmpty();
        assertThat(sealed.open(at(NOW, 2).seal(PSEUDONYM))).as("sealed with another key").isEmpty();
        String cookie = sealed.seal(PSEUDONYM);
        char[] tampered = cookie.toCharArray();
        int inCiphertext = cookie.lastIndexOf('.') - 5;
        tampered[inCiphertext] = tampered[inCiphertext] == 'A' ? 'B' : 'A';
        assertThat(sealed.open(new String(tampered))).isEmpty();
    }

    @Test
    void endsAfterItsLifetime() {
        String cookie = at(NOW, 1).seal(PSEUDONYM);

        assertThat(at(NOW.plus(DevelopmentSubjectCookie.LIFETIME), 1).open(cookie)).isEmpty();
    }
}

package dev.loket.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class JwksKeysTest {

    private static final RSAKey OLD = key("old");
    private static final RSAKey NEW = key("new");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(OLD.toPublicJWK()));
    private final AtomicInteger fetches = new AtomicInteger();
    private final JwksKeys keys = new JwksKeys(() -> {
        fetches.incrementAndGet();
        return Optional.of(published.get());
    }, Duration.ofMinutes(10), Duration.ofSeconds(30), clock);

    @Test
    void fetchesTheKeySetOnceAndKeepsIt() {
        assertThat(keys.find(Optional.of("old"), JWSAlgorithm.RS256)).isPresent();
        assertThat(keys.find(Optional.of("old"), JWSAlgorithm.RS256)).isPresent();

        assertThat(fetches).hasValue(1);
    }

    @Test
    void fetchesAgainForAnUnknownKeyIdAfterARotation() {
        keys.find(Optional.of("old"), JWSAlgorithm.RS256);
        published.set(new JWKSet(java.util.List.of(OLD.toPublicJWK(), NEW.toPublicJWK())));
        clock.advance(Duration.ofSeconds(31));

        assertThat(keys.find(Optional.of("new"), JWSAlgorithm.RS256)).isPresent();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void fetchesForUnknownKeyIdsAtMostOncePerInterval() {
        keys.find(Optional.of("old"), JWSAlgorithm.RS256);
        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 100; i++) {
            assertThat(keys.find(Optional.of("made-up-" + i), JWSAlgorithm.RS256)).isEmpty();
        }
        assertThat(fetches).hasValue(2);

        clock.advance(Duration.ofSeconds(31));
        keys.find(Optional.of("made-up-again"), JWSAlgorithm.RS256);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void aRemovedKeyStopsVerifyingOnceTheCacheHasAged() {
        keys.find(Optional.of("old"), JWSAlgorithm.RS256);
        published.set(new JWKSet(NEW.toPublicJWK()));

        clock.advance(Duration.ofMinutes(9));
        assertThat(keys.find(Optional.of("old"), JWSAlgorithm.RS256)).as("within the grace period").isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(keys.find(Optional.of("old"), JWSAlgorithm.RS256)).as("after the grace period").isEmpty();
        assertThat(keys.find(Optional.of("new"), JWSAlgorithm.RS256)).isPresent();
    }

    @Test
    void keepsTheKeysWhenTheIssuerCannotBeReached() {
        AtomicReference<Optional<JWKSet>> answer = new AtomicReference<>(Optional.of(new JWKSet(OLD.toPublicJWK())));
        JwksKeys flaky = new JwksKeys(answer::get, Duration.ofMinutes(10), Duration.ofSeconds(30), clock);
        flaky.find(Optional.of("old"), JWSAlgorithm.RS256);
        answer.set(Optional.empty());
        clock.advance(Duration.ofMinutes(11));

        assertThat(flaky.find(Optional.of("old"), JWSAlgorithm.RS256)).isPresent();
    }

    @Test
    void ignoresEncryptionKeysAndKeysOfTheWrongType() throws JOSEException {
        RSAKey encryption = new RSAKeyGenerator(2048).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate();
        FixedKeys fixed = new FixedKeys(new JWKSet(java.util.List.of(encryption.toPublicJWK(), OLD.toPublicJWK())));

        assertThat(fixed.find(Optional.of("enc"), JWSAlgorithm.RS256)).isEmpty();
        assertThat(fixed.find(Optional.of("old"), JWSAlgorithm.ES256)).isEmpty();
        assertThat(fixed.find(Optional.of("old"), JWSAlgorithm.PS256)).isPresent();
    }

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}

package dev.loket.portal.counter;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void locksAUserNameAfterFiveWrongPasswordsForAQuarterOfAnHour() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("balie", "10.0.0.1");
            assertThat(throttle.waitBefore("balie", "10.0.0.1")).isZero();
        }
        throttle.failed("balie", "10.0.0.1");

        assertThat(throttle.waitBefore("balie", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("BALIE ", "10.0.0.2")).as("from any address, in any case").isPositive();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("balie", "10.0.0.1")).isZero();
    }

    @Test
    void locksANameThatDoesNotExistExactlyLikeOneThatDoes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bestaat-niet", "10.0.0.1");
            throttle.failed("balie", "10.0.0.2");
        }

        assertThat(throttle.waitBefore("bestaat-niet", "10.0.0.3")).isEqualTo(throttle.waitBefore("balie", "10.0.0.3"));
    }

    @Test
    void locksAClientThatGuessesManyNames() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("naam" + i, "10.0.0.9");
        }

        assertThat(throttle.waitBefore("balie", "10.0.0.9")).as("even for a name it did not try").isPositive();
        assertThat(throttle.waitBefore("balie", "10.0.0.1")).isZero();
    }

    @Test
    void aRightPasswordEndsTheUsersRunOfFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("balie", "10.0.0.1");
        }
        throttle.succeeded("balie");
        throttle.failed("balie", "10.0.0.1");

        assertThat(throttle.waitBefore("balie", "10.0.0.1")).isZero();
    }

    @Test
    void forgetsOldFailuresOnceTheLockoutHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("balie", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("balie", "10.0.0.1");

        assertThat(throttle.waitBefore("balie", "10.0.0.1")).isZero();
    }

    @Test
    void readsBasicCredentialsAndNothingElse() {
        assertThat(CounterLogin.basicCredentials("Basic YmFsaWU6Z2VoZWltOm1ldC1kdWJiZWxwdW50")).hasValueSatisfying(
                c -> assertThat(c).containsExactly("balie", "geheim:met-dubbelpunt"));
        assertThat(CounterLogin.basicCredentials("Bearer abc")).isEmpty();
        assertThat(CounterLogin.basicCredentials("Basic %%%")).isEmpty();
        assertThat(CounterLogin.basicCredentials("Basic OmdlZW4tbmFhbQ==")).as(":geen-naam").isEmpty();
        assertThat(CounterLogin.basicCredentials(null)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-08T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

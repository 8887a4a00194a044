package dev.loket.forms.internal;

import dev.loket.core.TooManyRequests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResumeThrottleTest {

    private final HandClock clock = new HandClock();
    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void throttlesAClientAfterItsAttemptsPerMinuteWithoutCheckingAnything() {
        ResumeThrottle throttle = new ResumeThrottle(clock, 10, 1000, 4);
        for (int i = 0; i < 10; i++) {
            throttle.check("203.0.113.9", checks::incrementAndGet);
        }

        TooManyRequests refused = catchThrowableOfType(TooManyRequests.class,
                () -> throttle.check("203.0.113.9", checks::incrementAndGet));

        assertThat(refused).isNotNull();
        assertThat(checks).hasValue(10);
        // One attempt comes back every six seconds.
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void letsAThrottledClientTryAgainOnceItsBucketRefills() {
        ResumeThrottle throttle = new ResumeThrottle(clock, 10, 1000, 4);
        for (int i = 0; i < 10; i++) {
            throttle.check("203.0.113.9", checks::incrementAndGet);
        }
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> throttle.check("203.0.113.9", checks::incrementAndGet)).isInstanceOf(TooManyRequests.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.check("203.0.113.9", checks::incrementAndGet)).isEqualTo(11);
        assertThatThrownBy(() -> throttle.check("203.0.113.9", checks::incrementAndGet)).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void throttlesOneClientWithoutTouchingAnother() {
        ResumeThrottle throttle = new ResumeThrottle(clock, 2, 1000, 4);
        throttle.check("203.0.113.9", checks::incrementAndGet);
        throttle.check("203.0.113.9", checks::incrementAndGet);
        assertThatThrownBy(() -> throttle.check("203.0.113.9", checks::incrementAndGet)).isInstanceOf(TooManyRequests.class);

        assertThat(throttle.check("198.51.100.4", checks::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void capsTheChecksPerSecondOfAllClientsTogether() {
        ResumeThrottle throttle = new ResumeThrottle(clock, 10, 5, 4);
        for (int i = 0; i < 5; i++) {
            throttle.check("203.0.113." + i, checks::incrementAndGet);
        }

        TooManyRequests refused = catchThrowableOfType(TooManyRequests.class,
                () -> throttle.check("198.51.100.4", checks::incrementAndGet));

        assertThat(refused).isNotNull();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(checks).hasValue(5);
        clock.advance(Duration.ofMillis(200));
        assertThat(throttle.check("198.51.100.5", checks::incrementAndGet)).isEqualTo(6);
    }

    @Test
    void neverRunsMoreChecksAtOnceThanAllowed() throws Exception {
        ResumeThrottle throttle = new ResumeThrottle(clock, 10, 1000, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread slow = new Thread(() -> throttle.check("203.0.113.1", () -> {
            started.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return checks.incrementAndGet();
        }));
        slow.start();
        started.await();

        assertThatThrownBy(() -> throttle.check("203.0.113.2", checks::incrementAndGet)).isInstanceOf(TooManyRequests.class);

        finish.countDown();
        slow.join();
        assertThat(throttle.check("203.0.113.2", checks::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void refusesLimitsThatAllowNothing() {
        assertThatThrownBy(() -> new ResumeThrottle(clock, 0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.loket.forms.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: after attempt {@code n} fails, the next one is due
 * {@code base × 2^(n-1)} later, never more than {@code cap}; after {@code maxAttempts} failures
 * the submission is parked until someone retries it by hand.
 *
 * @param base        the wait after the first failure
 * @param cap         the longest wait
 * @param maxAttempts attempts before parking
 * @param lease       how long a claimed row stays with one relay; if that relay dies, another one
 *                    takes the row over after this time. A relay starts no delivery of a batch after
 *                    half the lease, so the lease must exceed twice the slowest delivery.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts, Duration lease) {

    /** 30 seconds doubling up to 1 hour, 12 attempts (about 4.5 hours in all), 5-minute lease. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12, Duration.ofMinutes(5));

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(lease, "lease");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < base <= cap, not " + base + " and " + cap);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Allow at least one attempt, not " + maxAttempts);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("The lease must be positive, not " + lease);
        }
    }

    /** The wait after {@code failedAttempts} failures (1 or more). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = base;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) < 0 ? delay : cap;
    }
}

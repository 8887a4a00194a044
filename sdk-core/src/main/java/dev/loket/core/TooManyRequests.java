package dev.loket.core;

import java.time.Duration;
import java.util.List;

/**
 * Refused because this client, or everyone together, tried something costly too often in a short
 * time. At the HTTP edge it is a {@code too-many-requests} problem (429) with a {@code Retry-After}
 * header of {@link #retryAfter()} in whole seconds, rounded up.
 */
public class TooManyRequests extends LoketException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super(ProblemType.TOO_MANY_REQUESTS, Message.of(Message.CORE_BUNDLE, "problem.too-many-requests.detail",
                seconds(retryAfter)), List.of(), null);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, at least one, as {@code Retry-After} says it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

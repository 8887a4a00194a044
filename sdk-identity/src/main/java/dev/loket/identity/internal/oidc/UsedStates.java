package dev.loket.identity.internal.oidc;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The login states used so far, until they expire, so that a callback cannot be replayed on this
 * instance. Across instances the broker's single-use authorization code protects the same way; the
 * login-state cookie itself is removed at the callback. Bounded: past the limit the oldest expired
 * entries go first, and when none has expired new logins are refused rather than memory exhausted.
 */
public final class UsedStates {

    private static final int LIMIT = 100_000;

    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock;

    public UsedStates(Clock clock) {
        this.clock = clock;
    }

    /** True the first time a state is presented; false for a replay (or when the table is full). */
    public boolean firstUse(String state, Instant expiresAt) {
        if (used.size() >= LIMIT) {
            forgetExpired();
            if (used.size() >= LIMIT) {
                return false;
            }
        }
        return used.putIfAbsent(state, expiresAt) == null;
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, Instant>> it = used.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().isBefore(now)) {
                it.remove();
            }
        }
    }
}

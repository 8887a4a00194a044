package dev.loket.identity.internal;

import dev.loket.identity.SessionRevocations;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Revoked sessions in this instance's memory, until their cookies would have expired. */
public final class MemorySessionRevocations implements SessionRevocations {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemorySessionRevocations(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void revoke(String sessionId, Instant until) {
        Instant now = clock.instant();
        revoked.values().removeIf(end -> end.isBefore(now));
        revoked.put(sessionId, until);
    }

    @Override
    public boolean revoked(String sessionId) {
        return revoked.containsKey(sessionId);
    }
}

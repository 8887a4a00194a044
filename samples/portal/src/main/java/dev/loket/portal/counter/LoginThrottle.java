package dev.loket.portal.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing down: after {@code maxFailuresPerUser} wrong passwords in a row for one
 * user name, or {@code maxFailuresPerClient} from one client address, every attempt for that name or
 * from that address is refused until {@code lockout} has passed since the last failure; the right
 * password included, or the guessing would go on. A name that does not exist is counted and locked
 * exactly like one that does, so the answers never tell which names exist.
 *
 * <p>In memory, per server: enough for a counter with a few employees behind one portal. At most
 * {@value #MAX_TRACKED} names and addresses are remembered; the least recently seen are forgotten
 * first, and an address that floods names is locked long before that.
 */
final class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    private final int maxFailuresPerUser;
    private final int maxFailuresPerClient;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    LoginThrottle(int maxFailuresPerUser, int maxFailuresPerClient, Duration lockout, Clock clock) {
        if (maxFailuresPerUser < 1 || maxFailuresPerClient < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("Login throttling needs at least one failure and a lockout longer than zero");
        }
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerClient = maxFailuresPerClient;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long this user name and this client must wait before trying again; zero when they may try now. */
    synchronized Duration waitBefore(String user, String client) {
        Instant now = clock.instant();
        Duration forUser = wait(userKey(user), maxFailuresPerUser, now);
        Duration forClient = wait(clientKey(client), maxFailuresPerClient, now);
        return forUser.compareTo(forClient) >= 0 ? forUser : forClient;
    }

    /** Counts a wrong password (or unknown name) for both. */
    synchronized void failed(String user, String client) {
        Instant now = clock.instant();
        count(userKey(user), now);
        count(clientKey(client), now);
    }

    /** A right password ends the user's run of failures; the client's count stays, it may be guessing other names. */
    synchronized void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private Duration wait(String key, int max, Instant now) {
        Failures seen = failures.get(key);
        if (seen == null) {
            return Duration.ZERO;
        }
        Instant until = seen.last.plus(lockout);
        if (!now.isBefore(until)) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return seen.count >= max ? Duration.between(now, until) : Duration.ZERO;
    }

    private void count(String key, Instant now) {
        Failures seen = failures.get(key);
        if (seen == null || !now.isBefore(seen.last.plus(lockout))) {
            failures.put(key, new Failures(1, now));
        } else {
            failures.put(key, new Failures(seen.count + 1, now));
        }
    }

    private static String userKey(String user) {
        return "user:" + user.strip().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private record Failures(int count, Instant last) {
    }
}

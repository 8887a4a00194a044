package dev.loket.forms.internal;

import dev.loket.core.TooManyRequests;
import dev.loket.core.web.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Rations the checks of resume codes and secrets. Each check costs tens of milliseconds of CPU
 * (PBKDF2, on purpose), so unthrottled a handful of clients could keep every core busy. Two limits,
 * both checked before any work is done:
 *
 * <ul>
 *   <li>per client (its address, see {@code ClientAddresses}): {@code attemptsPerClientPerMinute}
 *       attempts, as a bucket that holds that many and refills evenly over a minute;</li>
 *   <li>for everyone together: {@code checksPerSecond} checks, and never more than
 *       {@code checksInFlight} at the same moment, so the rest of the portal keeps its CPU.</li>
 * </ul>
 *
 * A refused attempt is a {@link TooManyRequests}: the same answer whether or not the code exists, given
 * before the code is looked at, so the throttle tells nothing about codes. The lock on a code after
 * too many wrong secrets stays with the draft store.
 */
@ApplicationScoped
public class ResumeThrottle {

    public static final int DEFAULT_ATTEMPTS_PER_CLIENT_PER_MINUTE = 10;
    public static final int DEFAULT_CHECKS_PER_SECOND = 5;
    /** The most clients remembered; past it, clients whose bucket is full again are forgotten first. */
    static final int MAX_CLIENTS = 100_000;

    private final Clock clock;
    private final ClientAddresses addresses;
    private final int perClient;
    private final Bucket everyone;
    private final Semaphore inFlight;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    /** From MicroProfile Config ({@code loket.forms.resume.*}). */
    public ResumeThrottle() {
        this(Clock.systemUTC(), ClientAddresses.fromConfig(), ConfigProvider.getConfig());
    }

    private ResumeThrottle(Clock clock, ClientAddresses addresses, Config config) {
        this(clock, addresses,
                config.getOptionalValue("loket.forms.resume.attempts-per-client-per-minute", Integer.class)
                        .orElse(DEFAULT_ATTEMPTS_PER_CLIENT_PER_MINUTE),
                config.getOptionalValue("loket.forms.resume.checks-per-second", Integer.class)
                        .orElse(DEFAULT_CHECKS_PER_SECOND),
                config.getOptionalValue("loket.forms.resume.checks-in-flight", Integer.class)
                        .orElse(defaultChecksInFlight()));
    }

    /** Limits for tests: clients are named by their connection's address (no trusted proxies). */
    public ResumeThrottle(Clock clock, int attemptsPerClientPerMinute, int checksPerSecond, int checksInFlight) {
        this(clock, new ClientAddresses(List.of()), attemptsPerClientPerMinute, checksPerSecond, checksInFlight);
    }

    public ResumeThrottle(Clock clock, ClientAddresses addresses, int attemptsPerClientPerMinute, int checksPerSecond,
                          int checksInFlight) {
        if (attemptsPerClientPerMinute < 1 || checksPerSecond < 1 || checksInFlight < 1) {
            throw new IllegalArgumentException("Resume limits must allow at least one attempt: "
                    + attemptsPerClientPerMinute + " per client per minute, " + checksPerSecond + " per second, "
                    + checksInFlight + " at once");
        }
        this.clock = clock;
        this.addresses = addresses;
        this.perClient = attemptsPerClientPerMinute;
        this.everyone = new Bucket(checksPerSecond, Duration.ofSeconds(1), clock.millis());
        this.inFlight = new Semaphore(checksInFlight);
    }

    /** Half the cores: the other half keeps serving everything else while codes are checked. */
    static int defaultChecksInFlight() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** As {@link #check(String, Supplier)} for the client that sent this request. */
    public <T> T check(HttpServletRequest request, Supplier<T> check) {
        return check(addresses.of(request), check);
    }

    /**
     * Runs one check of a code and secret for this client, if the limits allow it now.
     *
     * @throws TooManyRequests when they do not, with how long to wait
     */
    public <T> T check(String client, Supplier<T> check) {
        long now = clock.millis();
        Bucket own = bucketOf(client, now);
        own.take(now);
        everyone.take(now);
        if (!inFlight.tryAcquire()) {
            throw new TooManyRequests(Duration.ofSeconds(1));
        }
        try {
            return check.get();
        } finally {
            inFlight.release();
        }
    }

    private Bucket bucketOf(String client, long now) {
        if (clients.size() >= MAX_CLIENTS && !clients.containsKey(client)) {
            clients.values().removeIf(bucket -> bucket.isFull(now));
            if (clients.size() >= MAX_CLIENTS) {
                // Every remembered client is still being throttled: a flood from very many addresses.
                // The shared limit keeps the server up; a newcomer waits rather than evict a throttled one.
                throw new TooManyRequests(Duration.ofSeconds(60));
            }
        }
        return clients.computeIfAbsent(client, c -> new Bucket(perClient, Duration.ofMinutes(1), now));
    }

    /** A token bucket: holds {@code capacity} tokens, refilled evenly, one per {@code period / capacity}. */
    static final class Bucket {

        private final int capacity;
        private final double millisPerToken;
        private double tokens;
        private long updated;

        Bucket(int capacity, Duration period, long now) {
            this.capacity = capacity;
            this.millisPerToken = (double) period.toMillis() / capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized void take(long now) {
            refill(now);
            if (tokens < 1) {
                throw new TooManyRequests(Duration.ofMillis((long) Math.ceil((1 - tokens) * millisPerToken)));
            }
            tokens -= 1;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) / millisPerToken);
                updated = now;
            }
        }
    }
}

package dev.loket.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import dev.loket.identity.KeyVerifier;
import dev.loket.identity.TrustedKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The issuer's published key set, fetched over HTTPS and kept for a while. An unknown {@code kid}
 * usually means the issuer rotated its keys, so the set is fetched again, but at most once per
 * minimum interval: otherwise every forged token with a made-up {@code kid} would cost a request to
 * the issuer. After {@code maxAge} the set is fetched again anyway, so keys the issuer removed stop
 * verifying (that is the grace period after a rotation).
 */
public final class JwksKeys implements TrustedKeys {

    private static final Logger LOG = Logger.getLogger(JwksKeys.class.getName());
    private static final int MAX_JWKS_BYTES = 512 * 1024;

    private final Supplier<Optional<JWKSet>> fetch;
    private final Duration maxAge;
    private final Duration minRefreshInterval;
    private final Clock clock;

    private volatile KeyRing ring;
    private volatile Instant fetchedAt = Instant.MIN;
    private volatile Instant lastAttempt = Instant.MIN;

    public JwksKeys(URI jwksUri, Duration maxAge, Duration minRefreshInterval, Clock clock) {
        this(httpFetch(jwksUri), maxAge, minRefreshInterval, clock);
    }

    JwksKeys(Supplier<Optional<JWKSet>> fetch, Duration maxAge, Duration minRefreshInterval, Clock clock) {
        this.fetch = fetch;
        this.maxAge = maxAge;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
    }

    @Override
    public Optional<KeyVerifier> find(Optional<String> keyId, JWSAlgorithm algorithm) {
        Instant now = clock.instant();
        KeyRing current = ring;
        if (current == null || now.isAfter(fetchedAt.plus(maxAge))) {
            current = refresh(now, true);
        }
        Optional<KeyVerifier> found = current == null ? Optional.empty() : current.find(keyId, algorithm);
        if (found.isEmpty() && keyId.isPresent() && (current == null || !current.knows(keyId.get()))) {
            KeyRing again = refresh(now, false);
            if (again != null && again != current) {
                found = again.find(keyId, algorithm);
            }
        }
        return found;
    }

    private synchronized KeyRing refresh(Instant now, boolean expired) {
        boolean fresh = ring != null && !now.isAfter(fetchedAt.plus(maxAge));
        if (expired && fresh) {
            return ring; // another thread fetched it meanwhile
        }
        if (now.isBefore(lastAttempt.plus(minRefreshInterval))) {
            return ring;
        }
        lastAttempt = now;
        // When the issuer cannot be reached the old keys stay: a rotation needs the issuer anyway.
        fetch.get().ifPresent(set -> {
            ring = KeyRing.of(set);
            fetchedAt = now;
        });
        return ring;
    }

    private static Supplier<Optional<JWKSet>> httpFetch(URI jwksUri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return () -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(jwksUri)
                        .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || response.body().length() > MAX_JWKS_BYTES) {
                    LOG.warning(() -> "The issuer's key set at " + jwksUri + " answered " + response.statusCode());
                    return Optional.empty();
                }
                return Optional.of(JWKSet.parse(response.body()));
            } catch (IOException | ParseException e) {
                LOG.log(Level.WARNING, "The issuer's key set at " + jwksUri + " could not be read", e);
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        };
    }
}

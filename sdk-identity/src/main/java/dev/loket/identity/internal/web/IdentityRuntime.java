package dev.loket.identity.internal.web;

import dev.loket.identity.OidcSettings;
import dev.loket.identity.RelyingParty;
import dev.loket.identity.SessionRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The application's relying party, made once from MicroProfile Config; absent when
 * {@code loket.identity.issuer} is not set, so that applications without a login are not affected.
 */
@ApplicationScoped
public class IdentityRuntime {

    private static final Logger LOG = Logger.getLogger(IdentityRuntime.class.getName());

    /** The application's revocations (shared through its database), if it produces them. */
    @Inject
    Instance<SessionRevocations> revocations;

    private volatile Optional<RelyingParty> relyingParty;

    /**
     * Made at start rather than by the first requests: with login configured, the first burst of
     * concurrent requests otherwise waited here while the HTTP client was created and loaded.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        relyingParty();
    }

    /** The relying party, when login is configured. */
    public Optional<RelyingParty> relyingParty() {
        Optional<RelyingParty> known = relyingParty;
        if (known == null) {
            synchronized (this) {
                if (relyingParty == null) {
                    relyingParty = create(ConfigProvider.getConfig(), revocations());
                }
                known = relyingParty;
            }
        }
        return known;
    }

    private Optional<SessionRevocations> revocations() {
        return revocations != null && revocations.isResolvable() ? Optional.of(revocations.get()) : Optional.empty();
    }

    static Optional<RelyingParty> create(Config config, Optional<SessionRevocations> shared) {
        if (!OidcSettings.configured(config)) {
            return Optional.empty();
        }
        OidcSettings settings = OidcSettings.from(config);
        byte[] key = settings.cookieKey();
        if (key.length == 0) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warning(() -> "Login cookies are sealed with a temporary key: configure " + OidcSettings.PREFIX
                    + "cookie-key (base64, 32 bytes or more, the same on every instance), or logins end at a restart"
                    + " and do not work across instances");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        LOG.info(() -> "Login through " + settings.issuer() + " as client " + settings.clientId());
        Clock clock = Clock.systemUTC();
        SessionRevocations revocations = shared.orElseGet(() -> {
            LOG.warning("Logouts are kept in this instance's memory only: produce a SessionRevocations bean "
                    + "(SessionRevocations.inDatabase) so that a logged-out session stays ended on every instance and after a restart");
            return SessionRevocations.inMemory(clock);
        });
        return Optional.of(new RelyingParty(settings, key, http, clock, revocations));
    }
}

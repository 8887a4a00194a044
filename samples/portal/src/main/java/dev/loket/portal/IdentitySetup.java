package dev.loket.portal;

import dev.loket.identity.Pseudonyms;
import dev.loket.identity.SessionRevocations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How the portal makes pseudonyms of BSNs for logs, the prefill guard and consent records: with the
 * secret in {@code loket.identity.pseudonym-key} (base64, at least 32 bytes), or a temporary
 * development key. And where logouts are kept: in the portal's database, so a logged-out session
 * stays ended on every instance and after a restart.
 */
@ApplicationScoped
public class IdentitySetup {

    static final String PSEUDONYM_KEY = "loket.identity.pseudonym-key";
    static final String REVOCATION_CHECK = "loket.identity.revocation-check-seconds";
    private static final Logger LOG = Logger.getLogger(IdentitySetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    /** Its table is made by {@link SchemaSetup} with every module's (sdk-identity's {@code ModuleSchema}). */
    @Produces
    @Singleton
    SessionRevocations sessionRevocations(@ConfigProperty(name = REVOCATION_CHECK, defaultValue = "5") long checkAgainSeconds) {
        return SessionRevocations.inDatabase(dataSource, Clock.systemUTC(), Duration.ofSeconds(Math.max(0, checkAgainSeconds)));
    }

    @Produces
    @Singleton
    Pseudonyms pseudonyms(@ConfigProperty(name = PSEUDONYM_KEY) Optional<String> key) {
        return key.map(Pseudonyms::withBase64Key).orElseGet(IdentitySetup::withDevelopmentKey);
    }

    /**
     * A key made now, for development only: after a restart the same person gets another pseudonym,
     * so logs and consent records no longer join up. Logged as a warning so nobody runs production like this.
     */
    private static Pseudonyms withDevelopmentKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        LOG.warning(() -> "Pseudonyms are made with a temporary development key; configure " + PSEUDONYM_KEY
                + " (base64, 32 bytes or more) so that a person keeps the same pseudonym after a restart");
        return Pseudonyms.withKey(key);
    }
}

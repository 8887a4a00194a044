package dev.loket.portal;

import dev.loket.consent.ConsentOverview;
import dev.loket.consent.ConsentReceipts;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.Retention;
import dev.loket.consent.log.ProcessingLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's purposes (from {@code loket.consent.purposes}, a class-path resource), its consent
 * records (in its database) and the one {@link LawfulBasisGuard} that decides from both.
 */
@ApplicationScoped
public class ConsentSetup {

    private static final Logger LOG = Logger.getLogger(ConsentSetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Produces
    @Singleton
    PurposeRegistry purposes(@ConfigProperty(name = "loket.consent.purposes", defaultValue = "consent/purposes.json")
                             String resource) {
        return fromClassPath(resource);
    }

    /** Reads the purposes at start-up, so that a mistake in them stops the start instead of the first prefill. */
    void loadPurposes(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted, PurposeRegistry purposes) {
        LOG.info(() -> purposes.all().size() + " processing purposes registered");
    }

    @Produces
    @Singleton
    ConsentStore consents(PurposeRegistry purposes) {
        return ConsentStore.onDatabase(dataSource, purposes, Clock.systemUTC());
    }

    /** One per application: it keeps the last consent events in memory, kept current by the store. */
    @Produces
    @Singleton
    LawfulBasisGuard lawfulBasisGuard(PurposeRegistry purposes, ConsentStore consents) {
        return new LawfulBasisGuard(purposes, consents, Clock.systemUTC());
    }

    /** Consent receipts signed with {@code loket.consent.receipts.signing-key} (a private EC P-256 JWK), or a development key. */
    @Produces
    @Singleton
    ConsentReceipts consentReceipts(@ConfigProperty(name = "loket.consent.receipts.signing-key") Optional<String> key,
                                    @ConfigProperty(name = "loket.consent.receipts.issuer", defaultValue = "loket-portal")
                                    String issuer) {
        return key.map(k -> ConsentReceipts.withKey(k, issuer)).orElseGet(() -> ConsentReceipts.withDevelopmentKey(issuer));
    }

    /** The citizen's overview, for the consent pages and API. */
    @Produces
    @Singleton
    ConsentOverview overview(PurposeRegistry purposes, ConsentStore consents, ProcessingLog log, ConsentReceipts receipts) {
        return new ConsentOverview(purposes, consents, log, receipts, Clock.systemUTC());
    }

    /** Retention and erasure over the portal's consent records and processing log. */
    @Produces
    @Singleton
    Retention retention(PurposeRegistry purposes, ConsentStore consents, ProcessingLog log) {
        return new Retention(dataSource, purposes, consents, log, Clock.systemUTC());
    }

    /** The registry in a class-path resource; every problem in it is reported at once. */
    static PurposeRegistry fromClassPath(String resource) {
        try (InputStream in = ConsentSetup.class.getClassLoader().getResourceAsStream(resource.strip())) {
            if (in == null) {
                throw new IllegalStateException("The purpose registry " + resource + " is not on the class path");
            }
            return PurposeRegistry.load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the purpose registry " + resource, e);
        }
    }
}

package dev.loket.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start a production profile ({@code mp.config.profile} starting with "prod") while any
 * key would be made at start-up. Such a key is fine in development and wrong in production: receipts
 * and consent receipts stop verifying at the next restart, pseudonyms change (logs and consent records
 * of one person no longer join up), logins end, and every instance has another key. Outside
 * production the modules make these keys themselves and log a warning.
 */
@ApplicationScoped
public class ProductionKeys {

    void check(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        requireConfiguredKeys(ConfigProvider.getConfig());
    }

    /**
     * @throws IllegalStateException under a production profile, naming every key setting that is missing
     */
    static void requireConfiguredKeys(Config config) {
        Optional<String> profile = ProductionProfile.of(config);
        if (profile.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        requireSet(config, "loket.forms.receipts.signing-key", missing);
        requireSet(config, "loket.consent.receipts.signing-key", missing);
        requireSet(config, "loket.identity.pseudonym-key", missing);
        if (isSet(config, "loket.identity.issuer")) {
            requireSet(config, "loket.identity.cookie-key", missing);
        }
        if (isSet(config, "loket.catalogue.feed.agency")) {
            requireSet(config, "loket.catalogue.feed.signing-key", missing);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The portal does not start under the production profile " + profile.get()
                    + " with temporary keys made at start-up: set " + String.join(", ", missing)
                    + " (see docs/configuration.md). Temporary keys make receipts unverifiable after a restart,"
                    + " change pseudonyms and end logins.");
        }
    }

    private static void requireSet(Config config, String name, List<String> missing) {
        if (!isSet(config, name)) {
            missing.add(name);
        }
    }

    private static boolean isSet(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}

package dev.loket.portal;

import org.eclipse.microprofile.config.Config;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the portal runs as production: the MicroProfile Config profile ({@code mp.config.profile})
 * starts with "prod" ({@code prod}, {@code production}, {@code prod-eu}, ...). One rule, so that every
 * start-up check (development doors, temporary keys, the development identity provider) agrees on it.
 */
public final class ProductionProfile {

    static final String PROFILE = "mp.config.profile";

    private ProductionProfile() {
    }

    /** The production profile's name, or empty outside production. */
    public static Optional<String> of(Config config) {
        return config.getOptionalValue(PROFILE, String.class).map(p -> p.strip().toLowerCase(Locale.ROOT))
                .filter(p -> p.startsWith("prod"));
    }
}

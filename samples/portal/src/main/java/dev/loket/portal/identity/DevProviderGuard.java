package dev.loket.portal.identity;

import dev.loket.portal.ProductionProfile;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * The rule that keeps the development identity provider out of production: it is on only when
 * {@value #ENABLED} is {@code true}, and the portal refuses to start when it is on while the
 * MicroProfile Config profile ({@code mp.config.profile}) names production ({@code prod},
 * {@code production}, {@code prod-eu}, ...: any profile that starts with "prod").
 */
public final class DevProviderGuard {

    /** The switch; on in the sample's defaults, for development only. */
    public static final String ENABLED = "loket.identity.dev-provider.enabled";

    private DevProviderGuard() {
    }

    /**
     * Whether the development provider runs.
     *
     * @throws IllegalStateException when it is switched on under a production profile
     */
    public static boolean enabled(Config config) {
        boolean on = config.getOptionalValue(ENABLED, Boolean.class).orElse(false);
        Optional<String> profile = ProductionProfile.of(config);
        if (on && profile.isPresent()) {
            throw new IllegalStateException("The development identity provider (" + ENABLED + "=true) issues logins for "
                    + "anyone and must never run in production; the profile is " + profile.get() + ". Set " + ENABLED
                    + "=false and configure loket.identity.issuer to the agency's broker.");
        }
        return on;
    }
}

package dev.loket.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's development conveniences that open a door production must keep shut, and the rule
 * that keeps them shut: under a production profile ({@code mp.config.profile} starting with "prod":
 * {@code prod}, {@code production}, {@code prod-eu}, ...) the portal refuses to start while any of
 * them is on, and says which settings to change. A door that is merely off is not enough: the
 * sample's defaults switch them on, and a production server that silently kept one would let anyone
 * in as anyone.
 */
@ApplicationScoped
public class DevelopmentDoors {

    /** Switches that must be off (false, or 0) in production, with what each one lets anyone do. */
    private static final List<Door> SWITCHES = List.of(
            new Door("loket.identity.dev-provider.enabled", "the development identity provider logs anyone in as any test person"),
            new Door("loket.consent.development-sign-in", "the development sign-in lets anyone claim any BSN"),
            new Door("loket.diagnostics.enabled", "the diagnostics endpoint lets anyone provoke server errors"),
            new Door("loket.benchmark.enabled", "the benchmark endpoints let anyone load the database"),
            new Door("loket.catalogue.search.synthetic-products", "the catalogue search shows made-up products"));

    /** The SHA-256 of the catalogue API keys published in the sample's configuration (and its tests). */
    private static final Set<String> PUBLISHED_API_KEYS = Set.of(
            "765f55b4f6b6137eeec96d1fabb2544590dc4873fb35b94a8e81ec622c792235",
            "341aced8d16c4d77da180197b62dfd3f62c5fd302e249fbcf77b641a465eef8b",
            "383f4758a6b0817f2eac20a8ceb4fa1516d9ace5657ec4c92f721c7df573617c");

    /**
     * The counter employee's password in the sample's server.xml; Open Liberty gives server.xml
     * variables to MicroProfile Config, so the published default is seen here too.
     */
    static final String COUNTER_PASSWORD = "loket.counter.password";
    private static final String PUBLISHED_COUNTER_PASSWORD = "balie-development-only";

    private record Door(String key, String risk) {
    }

    /** Checked when the application starts: an exception here stops it before it serves anything. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        requireShutInProduction(ConfigProvider.getConfig());
    }

    /** True when {@code mp.config.profile} names production. */
    public static boolean production(Config config) {
        return ProductionProfile.of(config).isPresent();
    }

    /**
     * Refuses a production profile with any development door open.
     *
     * @throws IllegalStateException naming every open door and the setting that shuts it
     */
    public static void requireShutInProduction(Config config) {
        if (!production(config)) {
            return;
        }
        List<String> open = new ArrayList<>();
        for (Door door : SWITCHES) {
            if (on(config.getOptionalValue(door.key(), String.class))) {
                open.add(door.key() + "=false (" + door.risk() + ")");
            }
        }
        for (String agency : config.getOptionalValue("loket.catalogue.agencies", String.class).orElse("").split(",")) {
            String key = "loket.catalogue.agency." + agency.strip() + ".api-key-sha256";
            if (!agency.isBlank() && config.getOptionalValue(key, String.class)
                    .map(h -> PUBLISHED_API_KEYS.contains(h.strip().toLowerCase(Locale.ROOT))).orElse(false)) {
                open.add(key + " set to the agency's own key (the sample's key is published)");
            }
        }
        if (config.getOptionalValue(COUNTER_PASSWORD, String.class).map(PUBLISHED_COUNTER_PASSWORD::equals).orElse(false)) {
            open.add(COUNTER_PASSWORD + " (LOKET_COUNTER_PASSWORD) to a password of its own, or the counter's users "
                    + "to the agency's user registry (the sample's password is published)");
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("The portal does not start under the production profile "
                    + ProductionProfile.of(config).orElse("") + " with development settings; set "
                    + String.join("; ", open));
        }
    }

    private static boolean on(Optional<String> value) {
        String v = value.map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
        return !(v.isEmpty() || v.equals("false") || v.equals("0") || v.equals("no") || v.equals("off"));
    }
}

package dev.loket.portal;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevelopmentDoorsTest {

    /** The sample's own defaults, which open every door for development. */
    private static Map<String, String> sampleDefaults() {
        Map<String, String> values = new HashMap<>();
        values.put("loket.identity.dev-provider.enabled", "true");
        values.put("loket.consent.development-sign-in", "true");
        values.put("loket.catalogue.agencies", "utrecht,buren,politie");
        values.put("loket.catalogue.agency.utrecht.api-key-sha256", "765f55b4f6b6137eeec96d1fabb2544590dc4873fb35b94a8e81ec622c792235");
        return values;
    }

    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static Map<String, String> with(Map<String, String> values, String... pairs) {
        Map<String, String> all = new HashMap<>(values);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    @Test
    void developmentStartsWithEveryDoorOpen() {
        assertThatCode(() -> DevelopmentDoors.requireShutInProduction(config(sampleDefaults()))).doesNotThrowAnyException();
        assertThatCode(() -> DevelopmentDoors.requireShutInProduction(config(with(sampleDefaults(), "mp.config.profile", "dev"))))
                .doesNotThrowAnyException();
    }

    @Test
    void productionRefusesTheDevelopmentSignInEvenWithTheIdentityProviderOff() {
        Map<String, String> values = with(sampleDefaults(), "mp.config.profile", "prod",
                "loket.identity.dev-provider.enabled", "false", "loket.catalogue.agency.utrecht.api-key-sha256", "ab12");

        assertThatThrownBy(() -> DevelopmentDoors.requireShutInProduction(config(values)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loket.consent.development-sign-in=false")
                .hasMessageNotContaining("loket.identity.dev-provider.enabled");
    }

    @Test
    void productionRefusesEveryDevelopmentDoorUnderAnyProductionProfile() {
        for (String profile : new String[]{"prod", "PROD", "production", "prod-eu"}) {
            for (String door : new String[]{"loket.identity.dev-provider.enabled", "loket.consent.development-sign-in",
                    "loket.diagnostics.enabled", "loket.benchmark.enabled", "loket.catalogue.search.synthetic-products"}) {
                Map<String, String> values = Map.of("mp.config.profile", profile, door, door.endsWith("products") ? "1000" : "true");
                assertThatThrownBy(() -> DevelopmentDoors.requireShutInProduction(config(values)))
                        .as(door + " under " + profile).isInstanceOf(IllegalStateException.class).hasMessageContaining(door);
            }
        }
    }

    @Test
    void productionRefusesACatalogueApiKeyPublishedWithTheSample() {
        Map<String, String> values = Map.of("mp.config.profile", "prod", "loket.catalogue.agencies", "utrecht",
                "loket.catalogue.agency.utrecht.api-key-sha256", "765f55b4f6b6137eeec96d1fabb2544590dc4873fb35b94a8e81ec622c792235");

        assertThatThrownBy(() -> DevelopmentDoors.requireShutInProduction(config(values)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("loket.catalogue.agency.utrecht.api-key-sha256");
    }

    @Test
    void productionRefusesTheCounterPasswordPublishedWithTheSample() {
        Map<String, String> values = Map.of("mp.config.profile", "prod", DevelopmentDoors.COUNTER_PASSWORD, "balie-development-only");

        assertThatThrownBy(() -> DevelopmentDoors.requireShutInProduction(config(values)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(DevelopmentDoors.COUNTER_PASSWORD);
        assertThatCode(() -> DevelopmentDoors.requireShutInProduction(config(Map.of("mp.config.profile", "prod",
                DevelopmentDoors.COUNTER_PASSWORD, "a-password-of-the-agency")))).doesNotThrowAnyException();
    }

    @Test
    void productionStartsWithEveryDoorShut() {
        Map<String, String> values = Map.of("mp.config.profile", "prod", "loket.identity.dev-provider.enabled", "false",
                "loket.consent.development-sign-in", "false", "loket.diagnostics.enabled", "false",
                "loket.catalogue.search.synthetic-products", "0", "loket.catalogue.agencies", "utrecht",
                "loket.catalogue.agency.utrecht.api-key-sha256", "0f".repeat(32));

        assertThatCode(() -> DevelopmentDoors.requireShutInProduction(config(values))).doesNotThrowAnyException();
    }
}

package dev.loket.portal;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionKeysTest {

    private static final Map<String, String> ALL_KEYS = Map.of(
            "loket.forms.receipts.signing-key", "{jwk}",
            "loket.consent.receipts.signing-key", "{jwk}",
            "loket.identity.pseudonym-key", "c2VjcmV0",
            "loket.identity.issuer", "https://broker.example",
            "loket.identity.cookie-key", "c2VjcmV0",
            "loket.catalogue.feed.agency", "utrecht",
            "loket.catalogue.feed.signing-key", "{jwk}");

    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static Map<String, String> with(Map<String, String> values, String... more) {
        Map<String, String> all = new HashMap<>(values);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    @Test
    void refusesAProductionProfileWithoutKeysAndNamesEverySetting() {
        Map<String, String> prod = Map.of("mp.config.profile", "prod", "loket.identity.issuer", "https://broker.example",
                "loket.catalogue.feed.agency", "utrecht");

        assertThatThrownBy(() -> ProductionKeys.requireConfiguredKeys(config(prod)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod")
                .hasMessageContaining("loket.forms.receipts.signing-key")
                .hasMessageContaining("loket.consent.receipts.signing-key")
                .hasMessageContaining("loket.identity.pseudonym-key")
                .hasMessageContaining("loket.identity.cookie-key")
                .hasMessageContaining("loket.catalogue.feed.signing-key");
    }

    @Test
    void refusesEvenOneMissingKeyUnderAnyProductionProfile() {
        for (String profile : new String[]{"prod", "PROD", "production", "prod-eu"}) {
            Map<String, String> values = with(ALL_KEYS, "mp.config.profile", profile, "loket.identity.pseudonym-key", " ");

            assertThatThrownBy(() -> ProductionKeys.requireConfiguredKeys(config(values)))
                    .hasMessageContaining("loket.identity.pseudonym-key")
                    .hasMessageNotContaining("loket.forms.receipts.signing-key");
        }
    }

    @Test
    void startsInProductionWithEveryKeyConfigured() {
        assertThatCode(() -> ProductionKeys.requireConfiguredKeys(config(with(ALL_KEYS, "mp.config.profile", "prod"))))
                .doesNotThrowAnyException();
    }

    @Test
    void asksOnlyForTheKeysOfWhatRuns() {
        Map<String, String> noLoginNoFeed = with(ALL_KEYS, "mp.config.profile", "prod");
        noLoginNoFeed.remove("loket.identity.issuer");
        noLoginNoFeed.remove("loket.identity.cookie-key");
        noLoginNoFeed.remove("loket.catalogue.feed.agency");
        noLoginNoFeed.remove("loket.catalogue.feed.signing-key");

        assertThatCode(() -> ProductionKeys.requireConfiguredKeys(config(noLoginNoFeed))).doesNotThrowAnyException();
    }

    @Test
    void leavesDevelopmentToTheWarningsOfTheTemporaryKeys() {
        assertThatCode(() -> ProductionKeys.requireConfiguredKeys(config(Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> ProductionKeys.requireConfiguredKeys(config(Map.of("mp.config.profile", "dev"))))
                .doesNotThrowAnyException();
    }
}

package dev.loket.portal.identity;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevProviderGuardTest {

    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                String value = values.get((String) args[0]);
                return args[1] == Boolean.class ? Optional.ofNullable(value).map(Boolean::valueOf) : Optional.ofNullable(value);
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void isOffUnlessSwitchedOn() {
        assertThat(DevProviderGuard.enabled(config(Map.of()))).isFalse();
        assertThat(DevProviderGuard.enabled(config(Map.of(DevProviderGuard.ENABLED, "false", "mp.config.profile", "prod")))).isFalse();
    }

    @Test
    void runsWhenSwitchedOnOutsideProduction() {
        assertThat(DevProviderGuard.enabled(config(Map.of(DevProviderGuard.ENABLED, "true")))).isTrue();
        assertThat(DevProviderGuard.enabled(config(Map.of(DevProviderGuard.ENABLED, "true", "mp.config.profile", "dev")))).isTrue();
        assertThat(DevProviderGuard.enabled(config(Map.of(DevProviderGuard.ENABLED, "true", "mp.config.profile", "test")))).isTrue();
    }

    @Test
    void refusesToStartUnderAProductionProfile() {
        for (String profile : new String[]{"prod", "PROD", "production", "prod-eu"}) {
            assertThatThrownBy(() -> DevProviderGuard.enabled(config(Map.of(DevProviderGuard.ENABLED, "true", "mp.config.profile", profile))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(DevProviderGuard.ENABLED + "=false");
        }
    }

    @Test
    void theProviderRefusesToConfigureItselfUnderAProductionProfile() {
        DevIdentityProvider provider = new DevIdentityProvider();

        assertThatThrownBy(() -> provider.configure(config(Map.of(DevProviderGuard.ENABLED, "true", "mp.config.profile", "prod",
                "loket.identity.issuer", "http://localhost:9080/dev-idp")))).isInstanceOf(IllegalStateException.class);
        assertThat(provider.enabled()).isFalse();
    }

    @Test
    void issuesASignedTokenForACodeOnceAndOnlyWithTheRightVerifier() throws Exception {
        DevIdentityProvider provider = new DevIdentityProvider();
        provider.configure(config(Map.of(DevProviderGuard.ENABLED, "true", "loket.identity.issuer", "http://localhost:9080/dev-idp",
                "loket.identity.client-id", "loket-portal")));
        String verifier = "a-verifier-of-enough-length-for-pkce-0123456789";
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes()));
        String code = provider.issueCode("999993653", DevIdentityProvider.DigidLevel.SUBSTANTIEEL,
                "http://localhost:9080/auth/callback", "nonce-1", challenge);

        assertThat(provider.redeem(code, "loket-portal", "http://localhost:9080/auth/callback", "wrong-verifier")).isEmpty();
        String code2 = provider.issueCode("999993653", DevIdentityProvider.DigidLevel.SUBSTANTIEEL,
                "http://localhost:9080/auth/callback", "nonce-1", challenge);
        String token = provider.redeem(code2, "loket-portal", "http://localhost:9080/auth/callback", verifier).orElseThrow();
        assertThat(provider.redeem(code2, "loket-portal", "http://localhost:9080/auth/callback", verifier)).as("used once").isEmpty();

        dev.loket.identity.TokenVerifier verifierOfRp = dev.loket.identity.TokenVerifier.forIssuer("http://localhost:9080/dev-idp")
                .audience("loket-portal")
                .keys(dev.loket.identity.TrustedKeys.of(com.nimbusds.jose.jwk.JWKSet.parse(provider.jwks()))).build();
        var login = dev.loket.identity.IdentityClaims.standard().login(verifierOfRp.verifyIdToken(token, "nonce-1"));
        assertThat(login.level()).isEqualTo(dev.loket.identity.LevelOfAssurance.SUBSTANTIAL);
        assertThat(login.identity()).isInstanceOf(dev.loket.identity.Identity.Citizen.class);
    }
}

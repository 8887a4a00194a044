package dev.loket.identity.it;

import dev.loket.core.identifier.Bsn;
import dev.loket.identity.Identity;
import dev.loket.identity.LevelOfAssurance;
import dev.loket.identity.OidcSettings;
import dev.loket.identity.RelyingParty;
import dev.loket.identity.TokenRejectedException;
import dev.loket.identity.TokenRejection;
import dev.loket.identity.TokenVerifier;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * sdk-identity's relying party against a real Keycloak 26 with a DigiD-like realm: users with a
 * {@code bsn} attribute mapped to a {@code bsn} claim, and two levels mapped to DigiD's {@code acr}
 * values (level 1 midden, level 2 substantieel). The full code flow with PKCE, a step-up, logout, and
 * a key rotation that the relying party follows without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakLoginIT {

    private static final String CALLBACK = "http://127.0.0.1:18099/auth/callback";
    private static final String MIDDEN = "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract";
    private static final String SUBSTANTIEEL = "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard";

    private static Keycloak keycloak;
    private static RelyingParty party;
    private static final KeycloakBrowser BROWSER = new KeycloakBrowser();
    private static RelyingParty.Completed firstLogin;
    private static String firstIdToken;
    private static String firstNonce;

    @BeforeAll
    static void startKeycloak() {
        keycloak = Keycloak.instance();
        System.out.println("Keycloak started in " + keycloak.startup.toSeconds() + " s");
        Map<String, String> config = new HashMap<>();
        config.put("loket.identity.issuer", keycloak.issuer().toString());
        config.put("loket.identity.client-id", "loket-portal");
        config.put("loket.identity.client-secret", "loket-portal-test-secret");
        config.put("loket.identity.scopes", "openid profile");
        config.put("loket.identity.acr-values", MIDDEN);
        config.put("loket.identity.step-up-acr-values.substantial", SUBSTANTIEEL);
        config.put("loket.identity.jwks-max-age-seconds", "60");
        config.put("loket.identity.jwks-min-refresh-seconds", "0");
        party = new RelyingParty(OidcSettings.from(config(config)), "a cookie key for the keycloak tests, 32+ bytes".getBytes(),
                HttpClient.newHttpClient(), Clock.systemUTC());
    }

    private static RelyingParty.Completed logIn(Optional<LevelOfAssurance> level, int expectedForms) throws Exception {
        return logIn(level, expectedForms, Optional.empty());
    }

    private static RelyingParty.Completed logIn(Optional<LevelOfAssurance> level, int expectedForms, Optional<String> session)
            throws Exception {
        RelyingParty.Start start = party.start(URI.create(CALLBACK), "/mijn", level, session);
        KeycloakBrowser.Return back = BROWSER.logIn(start.location(), "suzanne", "test-only-suzanne", CALLBACK);
        assertThat(back.formsShown()).isEqualTo(expectedForms);
        return party.complete(query(back.location()), Optional.of(start.loginState()));
    }

    @Test
    @Order(1)
    void logsInWithTheCodeFlowAndReadsTheBsnAndLevel() throws Exception {
        RelyingParty.Start start = party.start(URI.create(CALLBACK), "/mijn", Optional.empty());
        Map<String, String> request = query(start.location());
        KeycloakBrowser.Return back = BROWSER.logIn(start.location(), "suzanne", "test-only-suzanne", CALLBACK);
        Map<String, String> callback = query(back.location());
        assertThat(callback).containsEntry("state", request.get("state")).containsKey("code");

        firstLogin = party.complete(callback, Optional.of(start.loginState()));

        assertThat(firstLogin.login().identity()).isEqualTo(new Identity.Citizen(Bsn.parse("999993653").orElseThrow()));
        assertThat(firstLogin.login().level()).isEqualTo(LevelOfAssurance.LOW);
        assertThat(party.session(firstLogin.session())).contains(firstLogin.login());
        firstNonce = request.get("nonce");
        firstIdToken = firstLogin.idToken();
    }

    @Test
    @Order(2)
    void stepsUpToSubstantialWithAFreshLogin() throws Exception {
        // With the first session open: the step-up must come back as the same person, and does.
        RelyingParty.Completed stepped = logIn(Optional.of(LevelOfAssurance.SUBSTANTIAL), 2, Optional.of(firstLogin.session()));

        assertThat(stepped.login().level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
        assertThat(stepped.login().identity()).isEqualTo(firstLogin.login().identity());
        assertThat(party.session(firstLogin.session())).as("the session of before the step-up ended").isEmpty();
    }

    @Test
    @Order(3)
    void aReplayedCallbackIsRefusedEvenWithTheRightCookie() throws Exception {
        RelyingParty.Start start = party.start(URI.create(CALLBACK), "/", Optional.empty());
        KeycloakBrowser.Return back = BROWSER.logIn(start.location(), "suzanne", "test-only-suzanne", CALLBACK);
        party.complete(query(back.location()), Optional.of(start.loginState()));

        assertThatThrownBy(() -> party.complete(query(back.location()), Optional.of(start.loginState())))
                .hasMessageContaining("STATE_REPLAYED");
    }

    @Test
    @Order(4)
    void logsOutAtKeycloakSoTheNextLoginAsksAgain() throws Exception {
        RelyingParty.Completed login = logIn(Optional.empty(), 0); // still logged in at Keycloak: no form
        URI logout = party.logout(Optional.of(login.session()), URI.create("http://127.0.0.1:18099/"));
        // No ID token (with the BSN) in the URL: Keycloak asks to confirm instead.
        assertThat(query(logout)).containsKeys("post_logout_redirect_uri", "client_id").doesNotContainKey("id_token_hint");
        assertThat(logout.toString()).doesNotContain("999993653");

        URI back = BROWSER.logOutConfirming(logout, "http://127.0.0.1:18099/");

        assertThat(back.toString()).isEqualTo("http://127.0.0.1:18099/");
        assertThat(party.session(login.session())).as("revoked here too").isEmpty();
        assertThat(logIn(Optional.empty(), 1).login().level()).as("a login form again").isEqualTo(LevelOfAssurance.LOW);
    }

    @Test
    @Order(5)
    void followsAKeyRotationWithoutRestart() throws Exception {
        TokenVerifier verifier = party.idTokenVerifier();
        assertThat(verifier.verifyIdToken(firstIdToken, firstNonce).subject()).isNotBlank();

        new KeycloakAdmin(keycloak).rotateRsaKey();

        // Grace period: the old key is still in the cached key set.
        assertThat(verifier.verifyIdToken(firstIdToken, firstNonce).subject()).isNotBlank();
        // A token signed with the new key: its unknown kid makes the relying party fetch the keys again.
        RelyingParty.Completed afterRotation = logIn(Optional.empty(), 0);
        assertThat(afterRotation.login().identity()).isInstanceOf(Identity.Citizen.class);
        // The fetched set no longer has the disabled key: old tokens stop verifying.
        assertThatThrownBy(() -> verifier.verifyIdToken(firstIdToken, firstNonce))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(TokenRejection.UNKNOWN_KEY));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        for (String pair : Optional.ofNullable(uri.getRawQuery()).orElse("").split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static Config config(Map<String, String> values) {
        return (Config) java.lang.reflect.Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

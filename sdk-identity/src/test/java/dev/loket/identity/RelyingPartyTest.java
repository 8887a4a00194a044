package dev.loket.identity;

import dev.loket.core.identifier.Bsn;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelyingPartyTest {

    private static final URI CALLBACK = URI.create("https://portal.example.nl/auth/callback");
    private static final byte[] COOKIE_KEY = "a cookie key of at least 32 bytes, for tests".getBytes();

    private FakeBroker broker;
    private RelyingParty party;

    @BeforeEach
    void start() throws IOException {
        broker = new FakeBroker();
        party = relyingParty(Map.of());
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private RelyingParty relyingParty(Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "loket.identity.issuer", broker.issuer,
                "loket.identity.client-id", "loket-portal",
                "loket.identity.scopes", "openid profile"));
        values.putAll(more);
        return new RelyingParty(OidcSettings.from(MapConfig.of(values)), COOKIE_KEY, HttpClient.newHttpClient(), Clock.systemUTC());
    }

    private static Map<String, String> params(URI location) {
        return FakeBroker.query(location.getRawQuery());
    }

    @Test
    void logsInWithTheCodeFlowAndPkce() {
        RelyingParty.Start start = party.start(CALLBACK, "/forms/verhuizing", Optional.empty());
        Map<String, String> request = params(start.location());
        assertThat(start.location().toString()).startsWith(broker.issuer + "/auth?");
        assertThat(request).containsEntry("response_type", "code").containsEntry("client_id", "loket-portal")
                .containsEntry("scope", "openid profile").containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", CALLBACK.toString()).containsKeys("state", "nonce", "code_challenge")
                .doesNotContainKeys("acr_values", "prompt");
        String code = broker.authorize(start.location());

        RelyingParty.Completed done = party.complete(Map.of("code", code, "state", request.get("state")), Optional.of(start.loginState()));

        assertThat(done.login().identity()).isEqualTo(new Identity.Citizen(Bsn.parse("999993653").orElseThrow()));
        assertThat(done.login().level()).isEqualTo(LevelOfAssurance.LOW);
        assertThat(done.returnTo()).isEqualTo("/forms/verhuizing");
        assertThat(party.session(done.session())).contains(done.login());
    }

    @Test
    void anotherInstanceWithTheSameKeyFinishesTheLoginAndReadsTheSession() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        String code = broker.authorize(start.location());
        RelyingParty other = relyingParty(Map.of());

        RelyingParty.Completed done = other.complete(Map.of("code", code, "state", params(start.location()).get("state")),
                Optional.of(start.loginState()));

        assertThat(party.session(done.session())).contains(done.login());
    }

    @Test
    void refusesACallbackWithoutTheLoginStateCookie() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        String code = broker.authorize(start.location());

        assertFails(() -> party.complete(Map.of("code", code, "state", params(start.location()).get("state")), Optional.empty()),
                LoginFailure.NO_LOGIN_STATE);
        assertFails(() -> party.complete(Map.of("code", code, "state", params(start.location()).get("state")),
                Optional.of(start.loginState().substring(0, start.loginState().length() - 3) + "AAA")), LoginFailure.NO_LOGIN_STATE);
    }

    @Test
    void refusesACallbackWhoseStateIsNotTheOneInTheCookie() {
        RelyingParty.Start mine = party.start(CALLBACK, "/", Optional.empty());
        RelyingParty.Start attackers = party.start(CALLBACK, "/", Optional.empty());
        String code = broker.authorize(attackers.location());

        assertFails(() -> party.complete(Map.of("code", code, "state", params(attackers.location()).get("state")),
                Optional.of(mine.loginState())), LoginFailure.STATE_MISMATCH);
    }

    @Test
    void refusesAReplayedState() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        String state = params(start.location()).get("state");
        party.complete(Map.of("code", broker.authorize(start.location()), "state", state), Optional.of(start.loginState()));

        assertFails(() -> party.complete(Map.of("code", broker.authorize(start.location()), "state", state),
                Optional.of(start.loginState())), LoginFailure.STATE_REPLAYED);
    }

    @Test
    void refusesAnIdTokenWithAnotherNonce() {
        broker.claims = c -> c.claim("nonce", "someone-elses-nonce");
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());

        assertThatThrownBy(() -> party.complete(Map.of("code", broker.authorize(start.location()),
                "state", params(start.location()).get("state")), Optional.of(start.loginState())))
                .isInstanceOfSatisfying(LoginFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginFailure.TOKEN_REJECTED);
                    assertThat(((TokenRejectedException) e.getCause()).reason()).isEqualTo(TokenRejection.WRONG_NONCE);
                });
    }

    @Test
    void refusesACodeTheBrokerDidNotIssueOrAnErrorFromTheBroker() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        String state = params(start.location()).get("state");

        assertFails(() -> party.complete(Map.of("code", "made-up", "state", state), Optional.of(start.loginState())),
                LoginFailure.PROVIDER_ERROR);
        RelyingParty.Start again = party.start(CALLBACK, "/", Optional.empty());
        assertFails(() -> party.complete(Map.of("error", "access_denied", "state", params(again.location()).get("state")),
                Optional.of(again.loginState())), LoginFailure.PROVIDER_ERROR);
    }

    @Test
    void stepsUpWithTheAcrValuesOfTheLevelAndAFreshLogin() {
        RelyingParty.Start start = party.start(CALLBACK, "/mijn/zaken", Optional.of(LevelOfAssurance.SUBSTANTIAL));
        Map<String, String> request = params(start.location());
        assertThat(request).containsEntry("acr_values", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard")
                .containsEntry("prompt", "login");

        RelyingParty.Completed done = party.complete(Map.of("code", broker.authorize(start.location()),
                "state", request.get("state")), Optional.of(start.loginState()));

        assertThat(done.login().level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
    }

    @Test
    void refusesAStepUpThatDidNotReachTheLevel() {
        broker.claims = c -> c.claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.of(LevelOfAssurance.HIGH));

        assertFails(() -> party.complete(Map.of("code", broker.authorize(start.location()),
                "state", params(start.location()).get("state")), Optional.of(start.loginState())), LoginFailure.ASSURANCE_NOT_REACHED);
    }

    @Test
    void aLoginStateCookieIsNoSessionAndASessionIsNoLoginState() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        RelyingParty.Completed done = party.complete(Map.of("code", broker.authorize(start.location()),
                "state", params(start.location()).get("state")), Optional.of(start.loginState()));

        assertThat(party.session(start.loginState())).isEmpty();
        assertFails(() -> party.complete(Map.of("code", "x", "state", "y"), Optional.of(done.session())), LoginFailure.NO_LOGIN_STATE);
    }

    @Test
    void aSessionSealedWithAnotherKeyIsNobodysSession() {
        RelyingParty.Start start = party.start(CALLBACK, "/", Optional.empty());
        RelyingParty.Completed done = party.complete(Map.of("code", broker.authorize(start.location()),
                "state", params(start.location()).get("state")), Optional.of(start.loginState()));
        RelyingParty otherAgency = new RelyingParty(party.settings(), "another agency's cookie key of 32 bytes".getBytes(),
                HttpClient.newHttpClient(), Clock.systemUTC());

        assertThat(otherAgency.session(done.session())).isEmpty();
    }

    private RelyingParty.Completed logIn(RelyingParty party, Optional<LevelOfAssurance> level, Optional<String> session) {
        RelyingParty.Start start = party.start(CALLBACK, "/mijn", level, session);
        return party.complete(Map.of("code", broker.authorize(start.location()),
                "state", params(start.location()).get("state")), Optional.of(start.loginState()));
    }

    @Test
    void logsOutAtTheBrokerWithoutTheIdTokenOrAnyPersonalDataInTheUrl() {
        RelyingParty.Completed done = logIn(party, Optional.empty(), Optional.empty());

        URI logout = party.logout(Optional.of(done.session()), URI.create("https://portal.example.nl/"));

        assertThat(logout.toString()).startsWith(broker.issuer + "/logout?").doesNotContain("999993653").doesNotContain("f2a1c7e0");
        assertThat(params(logout)).containsOnlyKeys("client_id", "post_logout_redirect_uri")
                .containsEntry("client_id", "loket-portal").containsEntry("post_logout_redirect_uri", "https://portal.example.nl/");
    }

    @Test
    void aCopyOfTheSessionCookieOpensNothingAfterLogoutOnAnyInstance() {
        SessionRevocations shared = SessionRevocations.inMemory(Clock.systemUTC());
        RelyingParty one = new RelyingParty(party.settings(), COOKIE_KEY, HttpClient.newHttpClient(), Clock.systemUTC(), shared);
        RelyingParty other = new RelyingParty(party.settings(), COOKIE_KEY, HttpClient.newHttpClient(), Clock.systemUTC(), shared);
        RelyingParty.Completed done = logIn(one, Optional.empty(), Optional.empty());
        String copied = done.session();
        assertThat(other.session(copied)).contains(done.login());

        one.logout(Optional.of(done.session()), URI.create("https://portal.example.nl/"));

        assertThat(one.session(copied)).isEmpty();
        assertThat(other.session(copied)).isEmpty();
    }

    @Test
    void aStepUpAsTheSamePersonKeepsThemLoggedInAndEndsTheOldSessionCookie() {
        RelyingParty.Completed first = logIn(party, Optional.empty(), Optional.empty());

        RelyingParty.Completed stepUp = logIn(party, Optional.of(LevelOfAssurance.SUBSTANTIAL), Optional.of(first.session()));

        assertThat(stepUp.login().identity()).isEqualTo(first.login().identity());
        assertThat(party.session(stepUp.session())).contains(stepUp.login());
        assertThat(party.session(first.session())).as("the cookie of before the step-up").isEmpty();
    }

    @Test
    void aStepUpAsAnotherPersonEndsTheSessionInsteadOfSwitchingPerson() {
        RelyingParty.Completed first = logIn(party, Optional.empty(), Optional.empty());
        broker.claims = c -> c.claim("bsn", "999990019");

        assertFails(() -> logIn(party, Optional.of(LevelOfAssurance.SUBSTANTIAL), Optional.of(first.session())),
                LoginFailure.PERSON_CHANGED);
        assertThat(party.session(first.session())).as("the first person's session has ended").isEmpty();
    }

    @Test
    void aStepUpBelowTheLevelLeavesTheSessionOfBeforeAsItWas() {
        RelyingParty.Completed first = logIn(party, Optional.empty(), Optional.empty());
        broker.claims = c -> c.claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");

        assertFails(() -> logIn(party, Optional.of(LevelOfAssurance.HIGH), Optional.of(first.session())),
                LoginFailure.ASSURANCE_NOT_REACHED);
        assertThat(party.session(first.session())).contains(first.login());
    }

    @Test
    void aStepUpBelowTheLevelAsAnotherPersonStillEndsTheSession() {
        RelyingParty.Completed first = logIn(party, Optional.empty(), Optional.empty());
        broker.claims = c -> c.claim("bsn", "999990019").claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract");

        assertFails(() -> logIn(party, Optional.of(LevelOfAssurance.HIGH), Optional.of(first.session())),
                LoginFailure.PERSON_CHANGED);
        assertThat(party.session(first.session())).isEmpty();
    }

    @Test
    void aLoginAgainAsAnotherPersonEndsTheSessionToo() {
        RelyingParty.Completed first = logIn(party, Optional.empty(), Optional.empty());
        broker.claims = c -> c.claim("bsn", "999990019");

        assertFails(() -> logIn(party, Optional.empty(), Optional.of(first.session())), LoginFailure.PERSON_CHANGED);
        assertThat(party.session(first.session())).isEmpty();
        assertThat(logIn(party, Optional.empty(), Optional.empty()).login().identity())
                .as("without a session open, anyone may log in").isEqualTo(new Identity.Citizen(Bsn.parse("999990019").orElseThrow()));
    }

    @Test
    void acceptsBearerTokensForTheApiAudienceOnly() {
        RelyingParty api = relyingParty(Map.of("loket.identity.api-audience", "loket-api"));

        assertThat(api.bearer(broker.accessToken("loket-api")).level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
        assertThatThrownBy(() -> api.bearer(broker.accessToken("loket-portal")))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(TokenRejection.WRONG_AUDIENCE));
    }

    @Test
    void takesTheApiAudienceOfAnAppThatAlreadyUsesMicroProfileJwt() {
        RelyingParty api = relyingParty(Map.of("mp.jwt.verify.audiences", "loket-api, other-api"));

        assertThat(api.bearer(broker.accessToken("loket-api")).level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
        assertThatThrownBy(() -> api.bearer(broker.accessToken("loket-portal")))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(TokenRejection.WRONG_AUDIENCE));
    }

    @Test
    void refusesADiscoveryDocumentOfAnotherIssuer() {
        RelyingParty wrong = new RelyingParty(OidcSettings.from(MapConfig.of(Map.of(
                "loket.identity.issuer", broker.issuer + "-other",
                "loket.identity.discovery-uri", broker.issuer + "/.well-known/openid-configuration",
                "loket.identity.client-id", "loket-portal"))), COOKIE_KEY, HttpClient.newHttpClient(), Clock.systemUTC());

        assertFails(() -> wrong.start(CALLBACK, "/", Optional.empty()), LoginFailure.PROVIDER_UNREACHABLE);
    }

    private static void assertFails(Runnable call, LoginFailure reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LoginFailedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** MicroProfile Config from a map, for settings tests. */
    record MapConfig(Map<String, String> values) {
        static Config of(Map<String, String> values) {
            return (Config) java.lang.reflect.Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getOptionalValue")) {
                            return Optional.ofNullable(values.get((String) args[0]));
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}

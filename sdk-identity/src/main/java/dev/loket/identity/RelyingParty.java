package dev.loket.identity;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.identity.internal.JwksKeys;
import dev.loket.identity.internal.oidc.ProviderMetadata;
import dev.loket.identity.internal.oidc.SealedCookies;
import dev.loket.identity.internal.oidc.SessionClaims;
import dev.loket.identity.internal.oidc.UsedStates;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect relying party: authorization code flow with PKCE (S256), {@code state} and
 * {@code nonce}, against a broker found by discovery. Nothing is kept in server memory except the
 * ids of used login states: the state, nonce and code verifier travel in a sealed, short-lived
 * cookie, and the session in another, so any instance can serve any step of a login. Sessions that
 * ended early (logout) are in {@link SessionRevocations}, which every instance consults.
 * Framework-free; the JAX-RS endpoints in {@code dev.loket.identity.web} call it.
 */
public final class RelyingParty {

    /** The cookie that carries a login in progress (10 minutes at most). */
    public static final String LOGIN_STATE_COOKIE = "loket-login";
    /** The cookie that carries the session. */
    public static final String SESSION_COOKIE = "loket-session";

    private static final Logger LOG = Logger.getLogger(RelyingParty.class.getName());
    private static final Duration LOGIN_STATE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OidcSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final SealedCookies cookies;
    private final UsedStates usedStates;
    private final SessionRevocations revocations;
    /** Tells people apart in the login-state cookie without their identifier (see {@link #personKey}). */
    private final Pseudonyms people;
    private volatile Provider provider;

    /** The discovered broker with the verifiers for its ID tokens and access tokens. */
    private record Provider(ProviderMetadata metadata, TokenVerifier idTokens, TokenVerifier accessTokens) {
    }

    /**
     * A relying party for these settings; discovery happens at the first login or token, so the
     * application starts even while the broker is down.
     *
     * @param cookieKey the secret for sealed cookies (32 bytes or more), the same on every instance
     */
    public RelyingParty(OidcSettings settings, byte[] cookieKey, HttpClient http, Clock clock) {
        this(settings, cookieKey, http, clock, SessionRevocations.inMemory(clock));
    }

    /**
     * A relying party whose logouts are kept in {@code revocations}, so they hold on every instance
     * that shares them.
     *
     * @param cookieKey the secret for sealed cookies (32 bytes or more), the same on every instance
     */
    public RelyingParty(OidcSettings settings, byte[] cookieKey, HttpClient http, Clock clock, SessionRevocations revocations) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.cookies = new SealedCookies(cookieKey, clock);
        this.usedStates = new UsedStates(clock);
        this.revocations = revocations;
        this.people = Pseudonyms.withKey(SealedCookies.derive(cookieKey, "loket-identity-person-key"));
    }

    /** The settings this relying party was made with. */
    public OidcSettings settings() {
        return settings;
    }

    /**
     * Where to send the browser to log in, and the login-state cookie to set.
     *
     * @param redirectUri the callback, as registered at the broker
     * @param returnTo    the path in this application to return to afterwards
     * @param level       a level this login must reach (a step-up), or empty for a normal login
     */
    public Start start(URI redirectUri, String returnTo, Optional<LevelOfAssurance> level) {
        return start(redirectUri, returnTo, level, Optional.empty());
    }

    /**
     * Where to send the browser to log in while it may already have a session: the login that
     * comes back must be the same person (a step-up, or logging in again), or that session ends.
     *
     * @param currentSession the session cookie the browser sent, if any
     */
    public Start start(URI redirectUri, String returnTo, Optional<LevelOfAssurance> level, Optional<String> currentSession) {
        ProviderMetadata metadata = provider().metadata();
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(state).claim("nonce", nonce).claim("verifier", verifier).claim("return", returnTo)
                .claim("redirect", redirectUri.toString())
                .expirationTime(Date.from(now.plus(LOGIN_STATE_LIFETIME)));
        level.ifPresent(l -> claims.claim("level", l.name()));
        currentSession.flatMap(this::openSession).ifPresent(open -> claims.claim("previous_session", open.id())
                .claim("previous_person", personKey(open.login())).claim("previous_until", open.until().getEpochSecond()));

        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", String.join(" ", settings.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        var acr = level.map(l -> settings.stepUpAcrValues().getOrDefault(l, java.util.List.of())).orElse(settings.acrValues());
        if (!acr.isEmpty()) {
            query.put("acr_values", String.join(" ", acr));
        }
        if (level.isPresent()) {
            query.put("prompt", "login"); // a step-up must authenticate again, not reuse the broker's session
        }
        URI location = URI.create(metadata.authorizationEndpoint() + (metadata.authorizationEndpoint().getRawQuery() == null ? "?" : "&") + form(query));
        return new Start(location, cookies.seal(LOGIN_STATE_COOKIE, claims.build()));
    }

    /**
     * Finishes a login at the callback: checks the state against the cookie, refuses a state used
     * before, exchanges the code (with the PKCE verifier) and verifies the ID token with the nonce.
     *
     * @param callback   the callback's query parameters ({@code code}, {@code state}, or {@code error})
     * @param loginState the login-state cookie, if the browser sent it
     * @throws LoginFailedException with the reason, for anything but a good login; with
     *                              {@link LoginFailure#PERSON_CHANGED} when another person logged in than the one
     *                              whose session was open when this login started: that session is then revoked
     */
    public Completed complete(Map<String, String> callback, Optional<String> loginState) {
        JWTClaimsSet state = loginState.flatMap(c -> cookies.open(LOGIN_STATE_COOKIE, c))
                .orElseThrow(() -> failed(LoginFailure.NO_LOGIN_STATE));
        String expected = state.getJWTID();
        String given = callback.getOrDefault("state", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw failed(LoginFailure.STATE_MISMATCH);
        }
        if (!usedStates.firstUse(expected, state.getExpirationTime().toInstant())) {
            throw failed(LoginFailure.STATE_REPLAYED);
        }
        if (callback.containsKey("error") || !callback.containsKey("code")) {
            throw failed(LoginFailure.PROVIDER_ERROR);
        }
        try {
            Map<String, Object> tokens = exchange(callback.get("code"), (String) state.getClaim("redirect"),
                    (String) state.getClaim("verifier"));
            String idToken = JSONObjectUtils.getString(tokens, "id_token");
            if (idToken == null) {
                throw failed(LoginFailure.PROVIDER_ERROR);
            }
            VerifiedToken verified;
            try {
                verified = provider().idTokens().verifyIdToken(idToken, (String) state.getClaim("nonce"));
            } catch (TokenRejectedException e) {
                throw new LoginFailedException(LoginFailure.TOKEN_REJECTED, e);
            }
            Login fromToken = settings.claims().login(verified);
            Instant end = clock.instant().plus(settings.sessionLength()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Login login = new Login(fromToken.identity(), fromToken.level(), fromToken.mandate(), fromToken.actor(), end);
            Optional<String> previous = samePersonAsBefore(state, login);
            Optional<LevelOfAssurance> required = Optional.ofNullable((String) state.getClaim("level")).map(LevelOfAssurance::valueOf);
            if (required.isPresent() && !login.satisfies(required.get())) {
                throw failed(LoginFailure.ASSURANCE_NOT_REACHED); // the session of before, if any, goes on
            }
            previous.ifPresent(id -> revokeUntil(id, state));
            return new Completed(login, session(login), (String) state.getClaim("return"), idToken);
        } catch (IOException | ParseException e) {
            LOG.warning(() -> "Login failed: " + LoginFailure.PROVIDER_UNREACHABLE + " (" + e.getMessage() + ")");
            throw new LoginFailedException(LoginFailure.PROVIDER_UNREACHABLE, e);
        }
    }

    /** The login in a session cookie, when it is one of ours, has not ended and was not revoked. */
    public Optional<Login> session(String sessionCookie) {
        return openSession(sessionCookie).map(OpenSession::login);
    }

    /**
     * Ends the session of this cookie on every instance that shares the {@link SessionRevocations}, so
     * that a copy of the cookie opens nothing either. Does nothing for a cookie that is no session.
     */
    public void revoke(String sessionCookie) {
        openSession(sessionCookie).ifPresent(open -> revocations.revoke(open.id(), open.until()));
    }

    /**
     * Ends the session ({@link #revoke}) and says where to send the browser to log out at the broker
     * too (RP-initiated logout), or straight to {@code afterwards} when the broker has no end-session
     * endpoint. The logout request names this client ({@code client_id}) but carries no ID token as
     * hint: the URL would hold the person's BSN, and URLs end up in logs and browser histories. A
     * broker may therefore ask the person to confirm the logout.
     */
    public URI logout(Optional<String> sessionCookie, URI afterwards) {
        sessionCookie.ifPresent(this::revoke);
        Optional<URI> endSession;
        try {
            endSession = provider().metadata().endSessionEndpoint();
        } catch (LoginFailedException e) {
            return afterwards;
        }
        if (endSession.isEmpty()) {
            return afterwards;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        query.put("post_logout_redirect_uri", afterwards.toString());
        URI end = endSession.get();
        return URI.create(end + (end.getRawQuery() == null ? "?" : "&") + form(query));
    }

    /**
     * The login a bearer token for this application's API proves, checked as strictly as an ID
     * token (with {@link OidcSettings#apiAudience()} as audience and no nonce).
     *
     * @throws TokenRejectedException when it is not good
     */
    public Login bearer(String accessToken) {
        return settings.claims().login(provider().accessTokens().verifyAccessToken(accessToken));
    }

    /** The verifier of this broker's ID tokens; discovers the broker on first use. */
    public TokenVerifier idTokenVerifier() {
        return provider().idTokens();
    }

    private String session(Login login) {
        return cookies.seal(SESSION_COOKIE, SessionClaims.of(login, random()).build());
    }

    /** A session cookie opened: its login, id and end, when it is ours, unexpired and not revoked. */
    private record OpenSession(Login login, String id, Instant until) {
    }

    private Optional<OpenSession> openSession(String sessionCookie) {
        return cookies.open(SESSION_COOKIE, sessionCookie).flatMap(claims -> SessionClaims.sessionId(claims)
                .filter(id -> !revocations.revoked(id))
                .flatMap(id -> SessionClaims.login(claims).map(login -> new OpenSession(login, id, claims.getExpirationTime().toInstant()))));
    }

    /**
     * The id of the session that was open when this login started, when the same person came back.
     * When someone else came back (another test person accepted at the broker, a shared computer),
     * that session is revoked and nobody stays logged in: the application must not silently carry on
     * as somebody else. A good login then replaces the session of the same person, which is revoked
     * too, so a copy of its cookie stops working.
     */
    private Optional<String> samePersonAsBefore(JWTClaimsSet state, Login login) throws ParseException {
        String previous = state.getStringClaim("previous_session");
        if (previous == null) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(personKey(login).getBytes(StandardCharsets.UTF_8),
                state.getStringClaim("previous_person").getBytes(StandardCharsets.UTF_8))) {
            revokeUntil(previous, state);
            throw failed(LoginFailure.PERSON_CHANGED);
        }
        return Optional.of(previous);
    }

    private void revokeUntil(String sessionId, JWTClaimsSet state) {
        try {
            revocations.revoke(sessionId, Instant.ofEpochSecond(state.getLongClaim("previous_until")));
        } catch (ParseException e) {
            throw new IllegalStateException("A login state we sealed ourselves has a session end that is no number", e);
        }
    }

    /** Who a login is and for whom it acts, as keyed pseudonyms: never the identifiers themselves. */
    private String personKey(Login login) {
        return login.identity().pseudonym(people) + "|" + login.actingFor().pseudonym(people) + "|" + login.actor().orElse("");
    }

    private Map<String, Object> exchange(String code, String redirectUri, String verifier) throws IOException, ParseException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(provider().metadata().tokenEndpoint())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (settings.clientSecret().isPresent()) {
            String basic = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(settings.clientSecret().get(), StandardCharsets.UTF_8);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", settings.clientId());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
        if (response.statusCode() != 200) {
            LOG.warning(() -> "The token endpoint answered " + response.statusCode());
            throw failed(LoginFailure.PROVIDER_ERROR);
        }
        return JSONObjectUtils.parse(response.body());
    }

    private Provider provider() {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                try {
                    ProviderMetadata metadata = ProviderMetadata.discover(http, settings.discovery(), settings.issuer());
                    TrustedKeys keys = new JwksKeys(metadata.jwksUri(), settings.jwksMaxAge(), settings.jwksMinRefresh(), clock);
                    provider = new Provider(metadata,
                            settings.verifier(keys).audience(settings.clientId()).clock(clock).build(),
                            settings.verifier(keys).audience(settings.apiAudience()).clock(clock).build());
                } catch (IOException e) {
                    LOG.warning(() -> "Discovery of " + settings.issuer() + " failed: " + e.getMessage());
                    throw new LoginFailedException(LoginFailure.PROVIDER_UNREACHABLE, e);
                }
            }
            return provider;
        }
    }

    private static LoginFailedException failed(LoginFailure reason) {
        LOG.info(() -> "Login failed: " + reason);
        return new LoginFailedException(reason);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The start of a login.
     *
     * @param location   where to send the browser (the broker's authorization endpoint)
     * @param loginState the value of the {@value #LOGIN_STATE_COOKIE} cookie to set
     */
    public record Start(URI location, String loginState) {
    }

    /**
     * A completed login.
     *
     * @param login   who logged in
     * @param session the value of the {@value #SESSION_COOKIE} cookie to set
     * @param returnTo the path to go back to
     * @param idToken the verified ID token, for an application that passes it on (never log it)
     */
    public record Completed(Login login, String session, String returnTo, String idToken) {
    }
}

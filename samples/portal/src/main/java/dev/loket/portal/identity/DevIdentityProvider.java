package dev.loket.portal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.loket.identity.LevelOfAssurance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * <strong>For development only.</strong> An OpenID provider inside the portal that logs in anyone
 * as any test person at any level, so the portal can be tried without DigiD or a broker. Its tokens
 * are real (ES256 with a key made at start) and go through the same relying party and
 * {@code TokenVerifier} as a broker's. Off unless {@value DevProviderGuard#ENABLED} is true; the
 * portal refuses to start with it under a production profile (see {@link DevProviderGuard}).
 */
@ApplicationScoped
public class DevIdentityProvider {

    private static final Logger LOG = Logger.getLogger(DevIdentityProvider.class.getName());
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_OPEN_CODES = 10_000;

    /** The DigiD levels the simulator offers, with the {@code acr} a DigiD broker sends for each. */
    enum DigidLevel {
        BASIS("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport", LevelOfAssurance.LOW),
        MIDDEN("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract", LevelOfAssurance.LOW),
        SUBSTANTIEEL("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard", LevelOfAssurance.SUBSTANTIAL),
        HOOG("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI", LevelOfAssurance.HIGH);

        final String acr;
        final LevelOfAssurance level;

        DigidLevel(String acr, LevelOfAssurance level) {
            this.acr = acr;
            this.level = level;
        }

        /** The level a login request asks for with {@code acr_values}: the first one the simulator knows. */
        static DigidLevel requested(String acrValues) {
            if (acrValues != null) {
                for (String acr : acrValues.split(" ")) {
                    for (DigidLevel level : values()) {
                        if (level.acr.equals(acr)) {
                            return level;
                        }
                    }
                }
            }
            return MIDDEN;
        }
    }

    /** What a login request asked, kept with the code until the token endpoint redeems it. */
    record IssuedCode(String bsn, DigidLevel level, String clientId, String redirectUri, String nonce,
                      String codeChallenge, Instant expiresAt) {
    }

    private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();
    private final TestPersons persons = new TestPersons();
    private final Clock clock = Clock.systemUTC();
    private boolean enabled;
    private String issuer;
    private String clientId;
    private ECKey key;

    /** Checks the guard at start, so a production profile stops the portal before it serves anything. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configure(ConfigProvider.getConfig());
    }

    synchronized void configure(Config config) {
        enabled = DevProviderGuard.enabled(config);
        if (!enabled) {
            return;
        }
        issuer = config.getOptionalValue("loket.identity.issuer", String.class).orElseThrow(() -> new IllegalStateException(
                "The development identity provider needs loket.identity.issuer, its own address ending in /dev-idp"));
        clientId = config.getOptionalValue("loket.identity.client-id", String.class).orElse("loket-portal");
        try {
            key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID("dev-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java runtime can make a P-256 key", e);
        }
        LOG.warning(() -> "DEVELOPMENT IDENTITY PROVIDER IS ON at " + issuer + ": anyone can log in as any test person. "
                + "Never run this in production (" + DevProviderGuard.ENABLED + "=false).");
    }

    boolean enabled() {
        return enabled;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    List<TestPersons.TestPerson> persons() {
        return persons.all();
    }

    Optional<TestPersons.TestPerson> person(String bsn) {
        return persons.byBsn(bsn);
    }

    String discovery() {
        return """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["ES256"],
                "code_challenge_methods_supported":["S256"],"scopes_supported":["openid","profile"],
                "acr_values_supported":[%2$s],"claims_supported":["sub","bsn","acr","given_name","family_name","name"]}
                """.formatted(issuer, String.join(",", java.util.Arrays.stream(DigidLevel.values()).map(l -> "\"" + l.acr + "\"").toList()));
    }

    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A code for a person chosen on the simulator page. */
    String issueCode(String bsn, DigidLevel level, String redirectUri, String nonce, String codeChallenge) {
        Instant now = clock.instant();
        if (codes.size() >= MAX_OPEN_CODES) {
            codes.values().removeIf(c -> c.expiresAt().isBefore(now));
        }
        String code = random();
        codes.put(code, new IssuedCode(bsn, level, clientId, redirectUri, nonce, codeChallenge, now.plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * The ID token for a code, once: the code must be unexpired, for this client and redirect URI,
     * and the PKCE verifier must hash to the challenge. Empty for anything else.
     */
    Optional<String> redeem(String code, String clientId, String redirectUri, String verifier) {
        IssuedCode issued = code == null ? null : codes.remove(code);
        if (issued == null || issued.expiresAt().isBefore(clock.instant()) || !issued.clientId().equals(clientId)
                || !issued.redirectUri().equals(redirectUri) || verifier == null
                || !MessageDigest.isEqual(challenge(verifier).getBytes(StandardCharsets.US_ASCII),
                issued.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        TestPersons.TestPerson person = persons.byBsn(issued.bsn()).orElseThrow();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(clientId).claim("azp", clientId)
                .subject("dev-" + challenge(issued.bsn()).substring(0, 16))
                .claim("bsn", issued.bsn()).claim("name", person.name())
                .claim("acr", issued.level().acr).claim("nonce", issued.nonce())
                .issueTime(Date.from(now)).claim("auth_time", now.getEpochSecond())
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME))).jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            token.sign(new ECDSASigner(key));
            return Optional.of(token.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing with a fresh P-256 key failed", e);
        }
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

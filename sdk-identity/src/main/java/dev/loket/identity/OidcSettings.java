package dev.loket.identity;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the relying party needs to know, read from MicroProfile Config ({@code loket.identity.*};
 * the table is in {@code docs/identity.md}). Login is on when {@code loket.identity.issuer} is set.
 *
 * @param issuer          the broker's issuer, exactly as in its tokens
 * @param discovery       where its metadata is; {@code issuer + /.well-known/openid-configuration} by default
 * @param clientId        this application's client id at the broker
 * @param clientSecret    its secret, for {@code client_secret_basic}; empty for a public client (PKCE only)
 * @param redirectUri     the callback as registered at the broker; empty to derive it from the request
 * @param postLogoutUri   where the broker sends people after logout; empty for the application's root
 * @param scopes          requested scopes, {@code openid} first
 * @param acrValues       {@code acr_values} for a normal login; empty to let the broker choose
 * @param stepUpAcrValues {@code acr_values} for a login that must reach a level
 * @param apiAudience     the {@code aud} bearer tokens for this application's APIs carry
 * @param algorithms      allowed signature algorithms
 * @param clockSkew       tolerance for {@code exp}, {@code nbf} and {@code iat}
 * @param maxTokenChars   longest token accepted
 * @param requiredClaims  claims every token must have besides {@code sub} and {@code exp}
 * @param jwksMaxAge      how long the broker's keys are kept (the grace period after a key is removed)
 * @param jwksMinRefresh  how often at most the keys are fetched again for an unknown {@code kid}
 * @param sessionLength   how long a login lasts in this application
 * @param cookieKey       secret for the sealed cookies; the same on every instance
 * @param levels          the {@code acr} mapping
 * @param claims          which claims hold the identifiers
 */
public record OidcSettings(String issuer, URI discovery, String clientId, Optional<String> clientSecret,
                           Optional<URI> redirectUri, Optional<URI> postLogoutUri, List<String> scopes,
                           List<String> acrValues, Map<LevelOfAssurance, List<String>> stepUpAcrValues,
                           String apiAudience, Set<String> algorithms, Duration clockSkew, int maxTokenChars,
                           Set<String> requiredClaims, Duration jwksMaxAge, Duration jwksMinRefresh,
                           Duration sessionLength, byte[] cookieKey, AssuranceLevels levels, IdentityClaims claims) {

    /** The prefix of every key. */
    public static final String PREFIX = "loket.identity.";

    /** The step-up {@code acr_values} used when none are configured: DigiD's, per level. */
    static final Map<LevelOfAssurance, List<String>> DIGID_STEP_UP = Map.of(
            LevelOfAssurance.LOW, List.of("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"),
            LevelOfAssurance.SUBSTANTIAL, List.of("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard"),
            LevelOfAssurance.HIGH, List.of("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI"));

    /** True when {@code loket.identity.issuer} is configured, i.e. the application has a login. */
    public static boolean configured(Config config) {
        return config.getOptionalValue(PREFIX + "issuer", String.class).filter(s -> !s.isBlank()).isPresent();
    }

    /**
     * The settings in {@code config}.
     *
     * @throws IllegalArgumentException when a value is missing or wrong; the message names the key
     */
    public static OidcSettings from(Config config) {
        String issuer = required(config, "issuer");
        URI discovery = optional(config, "discovery-uri").map(URI::create)
                .orElseGet(() -> URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        String clientId = required(config, "client-id");
        AssuranceLevels levels = optional(config, "acr-levels").map(AssuranceLevels.standard()::with)
                .orElse(AssuranceLevels.standard());
        Map<LevelOfAssurance, List<String>> stepUp = new EnumMap<>(LevelOfAssurance.class);
        for (LevelOfAssurance level : LevelOfAssurance.values()) {
            if (level == LevelOfAssurance.NONE) {
                continue;
            }
            List<String> values = optional(config, "step-up-acr-values." + level.name().toLowerCase(java.util.Locale.ROOT))
                    .map(OidcSettings::words).orElse(DIGID_STEP_UP.get(level));
            stepUp.put(level, values);
        }
        IdentityClaims claims = IdentityClaims.builder().levels(levels)
                .bsnClaim(optional(config, "claims.bsn").orElse("bsn"))
                .kvkClaim(optional(config, "claims.kvk").orElse("kvk"))
                .branchClaim(optional(config, "claims.kvk-branch").orElse("kvk_branch"))
                .rsinClaim(optional(config, "claims.rsin").orElse("rsin"))
                .eidasClaim(optional(config, "claims.eidas").orElse("eidas_id"))
                .rolesClaim(optional(config, "claims.roles").orElse("roles"))
                .build();
        List<String> scopes = new java.util.ArrayList<>(List.of("openid"));
        optional(config, "scopes").map(OidcSettings::words).orElse(List.of()).stream()
                .filter(s -> !s.equals("openid")).forEach(scopes::add);
        return new OidcSettings(issuer, discovery, clientId, optional(config, "client-secret"),
                optional(config, "redirect-uri").map(URI::create), optional(config, "post-logout-redirect-uri").map(URI::create),
                List.copyOf(scopes), optional(config, "acr-values").map(OidcSettings::words).orElse(List.of()),
                Map.copyOf(stepUp), optional(config, "api-audience").or(() -> microProfileJwtAudience(config)).orElse(clientId),
                optional(config, "algorithms").map(v -> (Set<String>) new LinkedHashSet<>(words(v)))
                        .orElse(TokenVerifier.DEFAULT_ALGORITHMS.stream().map(a -> a.getName()).collect(Collectors.toSet())),
                Duration.ofSeconds(number(config, "clock-skew-seconds", 60)),
                (int) number(config, "max-token-chars", TokenVerifier.DEFAULT_MAX_TOKEN_CHARS),
                optional(config, "required-claims").map(v -> Set.copyOf(words(v))).orElse(Set.of()),
                Duration.ofSeconds(number(config, "jwks-max-age-seconds", 600)),
                Duration.ofSeconds(number(config, "jwks-min-refresh-seconds", 30)),
                Duration.ofMinutes(number(config, "session-minutes", 15)),
                cookieKey(config), levels, claims);
    }

    /** The verifier for this issuer's tokens, with the keys from {@code jwksUri}. */
    public TokenVerifier.Builder verifier(TrustedKeys keys) {
        return TokenVerifier.forIssuer(issuer).keys(keys).algorithms(algorithms).clockSkew(clockSkew)
                .maxTokenChars(maxTokenChars).requiredClaims(requiredClaims);
    }

    private static byte[] cookieKey(Config config) {
        Optional<String> key = optional(config, "cookie-key");
        if (key.isEmpty()) {
            return new byte[0];
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(key.get().strip());
            if (bytes.length < 32) {
                throw new IllegalArgumentException(PREFIX + "cookie-key needs at least 32 bytes (base64), not " + bytes.length);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "cookie-key is base64 of at least 32 random bytes", e);
        }
    }

    private static String required(Config config, String key) {
        return optional(config, key).orElseThrow(() -> new IllegalArgumentException("Login needs " + PREFIX + key));
    }

    /**
     * An application that already checks its API tokens with MicroProfile JWT names their audience in
     * {@code mp.jwt.verify.audiences}; the same tokens then pass here without saying it twice. (The first
     * audience: Loket's bearer check expects one.)
     */
    private static Optional<String> microProfileJwtAudience(Config config) {
        return config.getOptionalValue("mp.jwt.verify.audiences", String.class)
                .map(audiences -> audiences.split(",")[0].strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> optional(Config config, String key) {
        return config.getOptionalValue(PREFIX + key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static long number(Config config, String key, long fallback) {
        Optional<String> value = optional(config, key);
        try {
            return value.map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " is a whole number, not " + value.get(), e);
        }
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Without the secrets. */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package dev.loket.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks ID tokens and access tokens from one issuer, strictly: size first, then the algorithm
 * against an allow-list (RS256, PS256 and ES256 unless configured otherwise; {@code none} and
 * HMAC can never be allowed, since a public key would then serve as the secret), no key taken from
 * the token's own header, the signature with the issuer's key, then {@code iss}, {@code aud},
 * {@code azp}, {@code exp}, {@code nbf}, {@code iat} (with a clock skew), the nonce and the
 * required claims. A refusal throws {@link TokenRejectedException} with its
 * {@link TokenRejection reason}, and is logged with that reason and the key id, never the token.
 *
 * <p>Written on Nimbus' parts rather than its {@code DefaultJWTProcessor} so that each check has
 * its own typed reason and the key verifiers are made once per key, not once per token.
 *
 * <pre>{@code
 * TokenVerifier verifier = TokenVerifier.forIssuer("https://login.example.nl/realms/loket")
 *         .audience("loket-portal").keys(keys).build();
 * VerifiedToken idToken = verifier.verifyIdToken(token, expectedNonce);
 * }</pre>
 */
public final class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    /** The algorithms allowed unless configured otherwise: those of the NL GOV profile. */
    public static final Set<JWSAlgorithm> DEFAULT_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
    /** A generous limit: real ID tokens are 1 to 3 kB; a megabyte token is an attack on the parser. */
    public static final int DEFAULT_MAX_TOKEN_CHARS = 16 * 1024;

    private final String issuer;
    private final String audience;
    private final TrustedKeys keys;
    private final Set<JWSAlgorithm> algorithms;
    private final Duration clockSkew;
    private final int maxTokenChars;
    private final Set<String> requiredClaims;
    private final Clock clock;

    private TokenVerifier(Builder builder) {
        this.issuer = builder.issuer;
        this.audience = Objects.requireNonNull(builder.audience, "audience");
        this.keys = Objects.requireNonNull(builder.keys, "keys");
        this.algorithms = Set.copyOf(builder.algorithms);
        this.clockSkew = builder.clockSkew;
        this.maxTokenChars = builder.maxTokenChars;
        this.requiredClaims = Set.copyOf(builder.requiredClaims);
        this.clock = builder.clock;
    }

    /** A verifier for tokens of this issuer (exactly as the token's {@code iss} must read). */
    public static Builder forIssuer(String issuer) {
        return new Builder(issuer);
    }

    /**
     * An ID token from the token endpoint: everything checked, including that {@code nonce} is the
     * one this login sent and that it has {@code iat}.
     */
    public VerifiedToken verifyIdToken(String token, String expectedNonce) {
        Objects.requireNonNull(expectedNonce, "expectedNonce");
        return verify(token, Optional.of(expectedNonce));
    }

    /** A bearer token sent to an API: everything checked except a nonce, which access tokens do not carry. */
    public VerifiedToken verifyAccessToken(String token) {
        return verify(token, Optional.empty());
    }

    private VerifiedToken verify(String token, Optional<String> expectedNonce) {
        SignedJWT jwt = withVerifiedSignature(token);
        try {
            JWTClaimsSet claims = claims(jwt);
            checkClaims(claims, expectedNonce);
            return new VerifiedToken(claims);
        } catch (TokenRejectedException e) {
            log(e.reason(), jwt.getHeader());
            throw e;
        }
    }

    /** The token, parsed, once its header passed and its signature verified with a trusted key; claims not yet checked. */
    SignedJWT withVerifiedSignature(String token) {
        SignedJWT jwt = signed(token);
        JWSHeader header = jwt.getHeader();
        try {
            checkHeader(header);
            KeyVerifier key = keys.find(Optional.ofNullable(header.getKeyID()), header.getAlgorithm())
                    .orElseThrow(() -> new TokenRejectedException(TokenRejection.UNKNOWN_KEY));
            if (!key.verifies(header, jwt.getSigningInput(), jwt.getSignature())) {
                throw new TokenRejectedException(TokenRejection.BAD_SIGNATURE);
            }
            return jwt;
        } catch (TokenRejectedException e) {
            log(e.reason(), header);
            throw e;
        }
    }

    private SignedJWT signed(String token) {
        if (token == null || token.isEmpty()) {
            throw rejected(TokenRejection.MALFORMED);
        }
        if (token.length() > maxTokenChars) {
            throw rejected(TokenRejection.TOO_LARGE);
        }
        try {
            // SignedJWT.parse directly: JWTParser would parse the header twice, once to pick the type.
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            // Nimbus refuses a header whose alg is no JWS algorithm: "none" (an unsigned JWT) ends
            // up here, as do encrypted JWTs and garbage.
            throw rejected(token.startsWith("eyJ") && looksUnsigned(token)
                    ? TokenRejection.ALGORITHM_NOT_ALLOWED : TokenRejection.MALFORMED);
        }
    }

    private static boolean looksUnsigned(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return false;
        }
        try {
            String header = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return header.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("\"alg\":\"none\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkHeader(JWSHeader header) {
        if (!algorithms.contains(header.getAlgorithm())) {
            throw new TokenRejectedException(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }
        if (header.getJWKURL() != null || header.getX509CertURL() != null || header.getJWK() != null
                || header.getX509CertChain() != null) {
            throw new TokenRejectedException(TokenRejection.KEY_IN_HEADER);
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new TokenRejectedException(TokenRejection.UNKNOWN_CRITICAL_HEADER);
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRejectedException(TokenRejection.MALFORMED);
        }
    }

    private void checkClaims(JWTClaimsSet claims, Optional<String> expectedNonce) {
        for (String name : requiredClaims) {
            if (claims.getClaim(name) == null) {
                throw new TokenRejectedException(TokenRejection.MISSING_CLAIM);
            }
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new TokenRejectedException(TokenRejection.WRONG_ISSUER);
        }
        List<String> audiences = claims.getAudience();
        if (!audiences.contains(audience)) {
            throw new TokenRejectedException(TokenRejection.WRONG_AUDIENCE);
        }
        Object azp = claims.getClaim("azp");
        if (azp != null ? !audience.equals(azp) : audiences.size() > 1) {
            throw new TokenRejectedException(TokenRejection.WRONG_AUTHORIZED_PARTY);
        }
        checkTimes(claims, expectedNonce.isPresent());
        if (expectedNonce.isPresent()) {
            Object nonce = claims.getClaim("nonce");
            if (!(nonce instanceof String text) || !MessageDigest.isEqual(
                    text.getBytes(StandardCharsets.UTF_8), expectedNonce.get().getBytes(StandardCharsets.UTF_8))) {
                throw new TokenRejectedException(TokenRejection.WRONG_NONCE);
            }
        }
    }

    private void checkTimes(JWTClaimsSet claims, boolean idToken) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new TokenRejectedException(TokenRejection.MISSING_CLAIM);
        }
        if (now.isAfter(exp.toInstant().plus(clockSkew))) {
            throw new TokenRejectedException(TokenRejection.EXPIRED);
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(clockSkew))) {
            throw new TokenRejectedException(TokenRejection.NOT_YET_VALID);
        }
        Date iat = claims.getIssueTime();
        if (iat == null && idToken) {
            throw new TokenRejectedException(TokenRejection.MISSING_CLAIM);
        }
        if (iat != null && now.isBefore(iat.toInstant().minus(clockSkew))) {
            throw new TokenRejectedException(TokenRejection.ISSUED_IN_THE_FUTURE);
        }
    }

    private TokenRejectedException rejected(TokenRejection reason) {
        log(reason, null);
        return new TokenRejectedException(reason);
    }

    private void log(TokenRejection reason, JWSHeader header) {
        if (LOG.isLoggable(Level.INFO)) {
            LOG.info("Token of issuer " + issuer + " rejected: " + reason
                    + (header == null ? "" : " (alg " + header.getAlgorithm() + ", kid " + header.getKeyID() + ")"));
        }
    }

    /** How a {@link TokenVerifier} is set up; only issuer, audience and keys have no default. */
    public static final class Builder {
        private final String issuer;
        private String audience;
        private TrustedKeys keys;
        private Set<JWSAlgorithm> algorithms = DEFAULT_ALGORITHMS;
        private Duration clockSkew = Duration.ofSeconds(60);
        private int maxTokenChars = DEFAULT_MAX_TOKEN_CHARS;
        private Set<String> requiredClaims = Set.of("sub", "exp");
        private Clock clock = Clock.systemUTC();

        private Builder(String issuer) {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("A token verifier needs the issuer");
            }
            this.issuer = issuer;
        }

        /** The client id that {@code aud} must contain (and {@code azp}, when present, must be). */
        public Builder audience(String clientId) {
            this.audience = clientId;
            return this;
        }

        /** The issuer's keys, usually {@link TrustedKeys#fromJwksUri}. */
        public Builder keys(TrustedKeys keys) {
            this.keys = keys;
            return this;
        }

        /**
         * The accepted signature algorithms, by JOSE name.
         *
         * @throws IllegalArgumentException for {@code none}, any HMAC algorithm or an unknown name
         */
        public Builder algorithms(Set<String> names) {
            Set<JWSAlgorithm> chosen = new LinkedHashSet<>();
            for (String name : names) {
                JWSAlgorithm algorithm = JWSAlgorithm.parse(name.strip());
                if (!JWSAlgorithm.Family.RSA.contains(algorithm) && !JWSAlgorithm.Family.EC.contains(algorithm)) {
                    throw new IllegalArgumentException("Only RSA and ECDSA signatures can be allowed, not " + name
                            + ": with none or HMAC anyone holding the public key could make tokens");
                }
                chosen.add(algorithm);
            }
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("Allow at least one signature algorithm");
            }
            this.algorithms = chosen;
            return this;
        }

        /** How far the issuer's clock may differ from ours for {@code exp}, {@code nbf} and {@code iat}; 60 s by default. */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("A clock skew lies between 0 and 5 minutes, not " + skew);
            }
            this.clockSkew = skew;
            return this;
        }

        /** The longest token accepted, in characters; 16 384 by default. */
        public Builder maxTokenChars(int chars) {
            if (chars < 512) {
                throw new IllegalArgumentException("A token limit below 512 characters refuses real tokens");
            }
            this.maxTokenChars = chars;
            return this;
        }

        /** Claims every token must have, besides {@code sub} and {@code exp} which are always required. */
        public Builder requiredClaims(Set<String> names) {
            Set<String> all = new LinkedHashSet<>(Set.of("sub", "exp"));
            all.addAll(names);
            this.requiredClaims = all;
            return this;
        }

        /** The clock to check times against; for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public TokenVerifier build() {
            return new TokenVerifier(this);
        }
    }
}

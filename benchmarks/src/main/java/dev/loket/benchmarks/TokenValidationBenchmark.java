package dev.loket.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.loket.identity.TokenVerifier;
import dev.loket.identity.TrustedKeys;
import dev.loket.identity.VerifiedToken;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * ID tokens per second through {@link TokenVerifier} (size, header, key lookup, signature, claims,
 * times, nonce) next to Nimbus alone on the same tokens (parse and verify the signature, nothing
 * else). The goal: the full check at 85% or more of the bare signature check, i.e. the checks
 * around the signature cost little next to the cryptography.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenValidationBenchmark {

    private static final String ISSUER = "https://login.example.nl/realms/loket";
    private static final String CLIENT = "loket-portal";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final int TOKENS = 64;

    @Param({"RS256", "ES256"})
    public String algorithm;

    private String[] tokens;
    private JWSVerifier raw;
    private TokenVerifier verifier;
    private int next;

    @Setup
    public void makeTokens() throws JOSEException {
        Instant now = Instant.now();
        JWK key;
        JWSSigner signer;
        if (algorithm.equals("RS256")) {
            RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            key = rsa;
            signer = new RSASSASigner(rsa);
            raw = new RSASSAVerifier(rsa.toPublicJWK());
        } else {
            ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
            key = ec;
            signer = new ECDSASigner(ec);
            raw = new ECDSAVerifier(ec.toPublicJWK());
        }
        tokens = new String[TOKENS];
        for (int i = 0; i < TOKENS; i++) {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).claim("azp", CLIENT)
                    .subject("subject-" + i).claim("nonce", NONCE).claim("bsn", "999993653")
                    .claim("acr", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard")
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.parse(algorithm)).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            tokens[i] = jwt.serialize();
        }
        verifier = TokenVerifier.forIssuer(ISSUER).audience(CLIENT).keys(TrustedKeys.of(new JWKSet(key.toPublicJWK())))
                .clock(Clock.fixed(now.plusSeconds(10), ZoneOffset.UTC)).build();
    }

    private String token() {
        next = (next + 1) % TOKENS;
        return tokens[next];
    }

    @Benchmark
    public boolean rawNimbusSignature() throws ParseException, JOSEException {
        return SignedJWT.parse(token()).verify(raw);
    }

    @Benchmark
    public VerifiedToken tokenVerifier() {
        return verifier.verifyIdToken(token(), NONCE);
    }
}

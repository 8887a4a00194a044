package dev.loket.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Google's Wycheproof JSON Web Signature vectors, through the same header and signature checks a
 * token goes through: a vector marked valid with an allowed algorithm verifies, every other vector
 * (invalid signatures, modified encodings, HMAC, keys meant for encryption, algorithms outside the
 * allow-list) is refused. The vectors' payloads are not JWT claims, so only the signature stage runs.
 */
class WycheproofJwsTest {

    private static final Path VECTORS = Path.of(System.getProperty("loket.test.data", "../testdata"))
            .resolve("wycheproof-jose/testvectors_v1/json_web_signature_test.json");
    private static final Set<String> ALLOWED = Set.of("RS256", "PS256", "ES256");

    @TestFactory
    List<DynamicTest> everyVectorIsVerifiedOrRefusedAsWycheproofExpects() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(VECTORS));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            JsonNode publicKey = group.get("public");
            for (JsonNode test : group.get("tests")) {
                String name = "tc" + test.get("tcId").asInt() + " " + group.get("comment").asText() + " " + test.get("comment").asText();
                String jws = test.get("jws").asText();
                boolean valid = "valid".equals(test.get("result").asText());
                tests.add(DynamicTest.dynamicTest(name, () -> check(publicKey, jws, valid)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(300);
        return tests;
    }

    private static void check(JsonNode publicKey, String jws, boolean valid) throws ParseException {
        // A group with only a secret (HMAC) key: we have no public key to trust, so nothing verifies.
        JWKSet keys = publicKey == null ? new JWKSet() : new JWKSet(com.nimbusds.jose.jwk.JWK.parse(publicKey.toString()));
        TokenVerifier verifier = TokenVerifier.forIssuer("https://wycheproof.example").audience("any")
                .keys(TrustedKeys.of(keys)).build();
        if (valid && publicKey != null && ALLOWED.contains(headerAlgorithm(jws))) {
            assertThat(verifier.withVerifiedSignature(jws).getSignature()).isNotNull();
        } else {
            assertThatThrownBy(() -> verifier.withVerifiedSignature(jws)).isInstanceOf(TokenRejectedException.class);
        }
    }

    private static String headerAlgorithm(String jws) {
        try {
            return com.nimbusds.jose.JWSObject.parse(jws).getHeader().getAlgorithm().getName();
        } catch (ParseException e) {
            return "unparseable";
        }
    }
}

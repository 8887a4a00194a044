package dev.loket.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.loket.core.identifier.Bsn;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static dev.loket.identity.TestIssuer.CLIENT;
import static dev.loket.identity.TestIssuer.ISSUER;
import static dev.loket.identity.TestIssuer.NONCE;
import static dev.loket.identity.TestIssuer.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityClaimsTest {

    private static final TestIssuer ISSUING = new TestIssuer("rsa-1", "ec-1");
    private static final TokenVerifier VERIFIER = TokenVerifier.forIssuer(ISSUER).audience(CLIENT)
            .keys(TrustedKeys.of(ISSUING.publicKeys())).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    private static final Pseudonyms PSEUDONYMS = Pseudonyms.withKey(new byte[32]);

    private final IdentityClaims claims = IdentityClaims.standard();

    private Login login(UnaryOperator<JWTClaimsSet.Builder> token) {
        return claims.login(VERIFIER.verifyIdToken(ISSUING.rs256(token), NONCE));
    }

    @Test
    void readsACitizenFromTheBsnClaim() {
        Login login = login(c -> c.claim("bsn", "999993653"));

        assertThat(login.identity()).isEqualTo(new Identity.Citizen(Bsn.parse("999993653").orElseThrow()));
        assertThat(login.level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
        assertThat(login.expiresAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(login.representation(PSEUDONYMS)).isEmpty();
    }

    @Test
    void readsACitizenWhoseSubjectIsTheBsnAsTheNlGovProfileTypesIt() {
        Login login = login(c -> c.subject("999993653").claim("sub_id_type", "urn:nl-eid-gdi:1.0:id:BSN"));

        assertThat(login.identity()).isInstanceOf(Identity.Citizen.class);
    }

    @Test
    void aNumberThatFailsTheElfproefIsNoCitizen() {
        Login login = login(c -> c.claim("bsn", "999993654"));

        assertThat(login.identity()).isEqualTo(new Identity.Pseudonymous(ISSUER, "f2a1c7e0"));
    }

    @Test
    void readsACompanyWithBranchAndRsin() {
        Login login = login(c -> c.claim("kvk", "69599084").claim("kvk_branch", "000038509504").claim("rsin", "802086676")
                .claim("acr", "urn:etoegang:core:assurance-class:loa3"));

        Identity.Company company = (Identity.Company) login.identity();
        assertThat(company.kvk().value()).isEqualTo("69599084");
        assertThat(company.branch()).map(b -> b.value()).contains("000038509504");
        assertThat(company.rsin()).map(r -> r.value()).contains("802086676");
        assertThat(login.level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
    }

    @Test
    void readsAnEuCitizenThroughEidas() {
        Login login = login(c -> c.subject("pseudo").claim("eidas_id", "DE/NL/2b6f3e91").claim("given_name", "Erika")
                .claim("family_name", "Mustermann").claim("birthdate", "1964-08-12").claim("acr", "http://eidas.europa.eu/LoA/high"));

        assertThat(login.identity()).isEqualTo(new Identity.EuCitizen("DE/NL/2b6f3e91", Optional.of("Erika"),
                Optional.of("Mustermann"), Optional.of(LocalDate.of(1964, 8, 12))));
        assertThat(login.level()).isEqualTo(LevelOfAssurance.HIGH);
        assertThat(login.identity().toString()).doesNotContain("Erika").doesNotContain("2b6f3e91");
    }

    @Test
    void readsAnEmployeeWithRolesFromANestedClaim() {
        IdentityClaims keycloak = IdentityClaims.builder().rolesClaim("realm_access.roles").build();
        Login login = keycloak.login(VERIFIER.verifyIdToken(ISSUING.rs256(c -> c.claim("preferred_username", "balie1")
                .claim("realm_access", Map.of("roles", List.of("employee", "counter")))), NONCE));

        assertThat(login.identity()).isEqualTo(new Identity.Employee("balie1", Set.of("employee", "counter")));
        assertThat(((Identity.Employee) login.identity()).hasRole("counter")).isTrue();
    }

    @Test
    void anUnknownAcrGivesNoAssuranceAtAll() {
        assertThat(login(c -> c.claim("acr", "urn:made-up:very-high")).level()).isEqualTo(LevelOfAssurance.NONE);
        assertThat(login(c -> c.claim("acr", null)).level()).isEqualTo(LevelOfAssurance.NONE);
    }

    @Test
    void anAgencyMapsItsBrokersOwnAcrValues() {
        IdentityClaims own = IdentityClaims.builder()
                .levels(AssuranceLevels.standard().with("urn:broker:loa:midden=LOW, urn:broker:loa:substantieel=SUBSTANTIAL"))
                .build();
        Login login = own.login(VERIFIER.verifyIdToken(ISSUING.rs256(c -> c.claim("acr", "urn:broker:loa:substantieel")), NONCE));

        assertThat(login.level()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
    }

    @Test
    void readsAMandateChainFromTheRepresentsClaimAsInTheNlGovProfile() {
        // The profile's example: an end-user acting for a client through an organisation.
        Map<String, Object> represents = Map.of(
                "sub", "802086676", "sub_id_type", "urn:nl-eid-gdi:1.0:id:RSIN", "iss", "urn:uuid:28e0686f",
                "alt_sub", Map.of("sub", "69599084", "sub_id_type", "urn:nl-eid-gdi:1.0:id:KvKnr", "iss", "urn:uuid:ebc29845"),
                "represents", Map.of("sub", "999993653", "sub_id_type", "urn:nl-eid-gdi:1.0:id:BSN", "iss", "urn:uuid:55291cc0",
                        "valid_until", 1_800_000_000L));
        Login login = login(c -> c.claim("bsn", "999991772").claim("represents", represents)
                .claim("scope", "openid urn:uuid:a9e17a2e-d358-406d-9d5f-ad6045f712ba"));

        Mandate mandate = login.mandate().orElseThrow();
        assertThat(mandate.represented()).isEqualTo(new Identity.Citizen(Bsn.parse("999993653").orElseThrow()));
        assertThat(mandate.intermediaries()).singleElement().isInstanceOfSatisfying(Identity.Company.class,
                company -> assertThat(company.kvk().value()).isEqualTo("69599084"));
        assertThat(mandate.service()).contains("urn:uuid:a9e17a2e-d358-406d-9d5f-ad6045f712ba");
        assertThat(mandate.validUntil()).contains(Instant.ofEpochSecond(1_800_000_000L));
        assertThat(login.actingFor()).isEqualTo(mandate.represented());

        Representation recorded = login.representation(PSEUDONYMS).orElseThrow();
        assertThat(recorded.actor()).isEqualTo(PSEUDONYMS.of(Bsn.parse("999991772").orElseThrow()));
        assertThat(recorded.onBehalfOf()).isEqualTo(PSEUDONYMS.of(Bsn.parse("999993653").orElseThrow()));
        assertThat(recorded.role()).isEqualTo(Mandate.AUTHORISED_REPRESENTATIVE);
        assertThat(recorded.mandate()).isEqualTo("urn:uuid:a9e17a2e-d358-406d-9d5f-ad6045f712ba");
    }

    @Test
    void readsAnActorFromTheActClaim() {
        Login login = login(c -> c.claim("bsn", "999993653").claim("act", Map.of("sub", "balie1")));

        Representation recorded = login.representation(PSEUDONYMS).orElseThrow();
        assertThat(recorded.actor()).isEqualTo("balie1");
        assertThat(recorded.role()).isEqualTo(Representation.COUNTER_EMPLOYEE);
        assertThat(recorded.onBehalfOf()).isEqualTo(PSEUDONYMS.of(Bsn.parse("999993653").orElseThrow()));
    }

    @Test
    void identitiesOfDifferentKindsGetDifferentPseudonyms() {
        Identity citizen = login(c -> c.claim("bsn", "999993653")).identity();
        Identity pseudonymous = login(c -> c.subject("999993653")).identity();

        assertThat(citizen.pseudonym(PSEUDONYMS)).isNotEqualTo(pseudonymous.pseudonym(PSEUDONYMS)).hasSize(43);
    }

}

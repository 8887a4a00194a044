package dev.loket.identity.internal.web;

import dev.loket.core.identifier.Bsn;
import dev.loket.core.identifier.KvkNumber;
import dev.loket.identity.Identity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityPageLoginTest {

    @Test
    void namesAnEidasPersonByTheNameTheLoginGave() {
        Identity eu = new Identity.EuCitizen("DE/NL/1234567890", Optional.of("Anna"), Optional.of("Schmidt"),
                Optional.of(LocalDate.of(1980, 1, 2)));

        assertThat(IdentityPageLogin.nameOf(eu)).contains("Anna Schmidt");
    }

    @Test
    void neverNamesAPersonByAnIdentifier() {
        assertThat(IdentityPageLogin.nameOf(new Identity.Citizen(Bsn.parse("999993653").orElseThrow()))).isEmpty();
        assertThat(IdentityPageLogin.nameOf(new Identity.Company(KvkNumber.parse("69599084").orElseThrow(),
                Optional.empty(), Optional.empty()))).isEmpty();
        assertThat(IdentityPageLogin.nameOf(new Identity.Pseudonymous("https://broker", "abc"))).isEmpty();
        assertThat(IdentityPageLogin.nameOf(new Identity.Employee("balie", Set.of("employee")))).isEmpty();
        assertThat(IdentityPageLogin.nameOf(new Identity.EuCitizen("DE/NL/1", Optional.empty(), Optional.empty(),
                Optional.empty()))).isEmpty();
    }
}

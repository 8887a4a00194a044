package dev.loket.identity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RepresentationTest {

    @Test
    void recordsAnEmployeeActingForACitizenAtACounter() {
        Representation counter = Representation.atCounter("j.devries", "pseudonym-1", "Stadhuis, balie 3");

        assertThat(counter.role()).isEqualTo(Representation.COUNTER_EMPLOYEE);
        assertThat(counter.mandate()).isEqualTo(Representation.AT_THE_COUNTER);
        assertThat(counter.place()).hasValue("Stadhuis, balie 3");
        assertThat(Representation.atCounter("j.devries", "pseudonym-1", " ").place()).isEmpty();
    }

    @Test
    void refusesABsnWhereAPseudonymBelongs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Representation.atCounter("j.devries", "999993653", "balie"))
                .withMessageContaining("never by BSN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Representation("", "role", "p", "m", Optional.empty()));
    }
}

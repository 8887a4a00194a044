package dev.loket.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelOfAssuranceTest {

    @Test
    void aHigherLevelSatisfiesALowerRequirementButNotTheOtherWayRound() {
        assertThat(LevelOfAssurance.HIGH.satisfies(LevelOfAssurance.SUBSTANTIAL)).isTrue();
        assertThat(LevelOfAssurance.SUBSTANTIAL.satisfies(LevelOfAssurance.SUBSTANTIAL)).isTrue();
        assertThat(LevelOfAssurance.LOW.satisfies(LevelOfAssurance.SUBSTANTIAL)).isFalse();
        assertThat(LevelOfAssurance.NONE.satisfies(LevelOfAssurance.LOW)).isFalse();
    }
}

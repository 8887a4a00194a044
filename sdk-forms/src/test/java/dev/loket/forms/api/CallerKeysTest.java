package dev.loket.forms.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CallerKeysTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void theSameCallerWithTheSameKeyFindsItsSubmissionAgain() {
        UUID session = UUID.randomUUID();

        assertThat(CallerKeys.ofSession(session, "k1")).isEqualTo(CallerKeys.ofSession(session, "k1"));
        assertThat(CallerKeys.ofCaller(Optional.of("p-1"), NONE, NONE, "k1"))
                .isEqualTo(CallerKeys.ofCaller(Optional.of("p-1"), NONE, Optional.of("Bearer other"), "k1"));
    }

    @Test
    void anotherCallerWithTheSameKeyGetsAKeyOfItsOwn() {
        assertThat(CallerKeys.ofSession(UUID.randomUUID(), "k1")).isNotEqualTo(CallerKeys.ofSession(UUID.randomUUID(), "k1"));
        assertThat(CallerKeys.ofCaller(Optional.of("p-1"), NONE, NONE, "k1"))
                .isNotEqualTo(CallerKeys.ofCaller(Optional.of("p-2"), NONE, NONE, "k1"))
                .isNotEqualTo(CallerKeys.ofCaller(NONE, NONE, NONE, "k1"));
        assertThat(CallerKeys.ofCaller(NONE, NONE, Optional.of("Bearer a"), "k1"))
                .isNotEqualTo(CallerKeys.ofCaller(NONE, NONE, Optional.of("Bearer b"), "k1"));
        assertThat(CallerKeys.ofCaller(NONE, Optional.of("balie"), NONE, "k1"))
                .isNotEqualTo(CallerKeys.ofCaller(Optional.of("balie"), NONE, NONE, "k1"));
    }

    @Test
    void fitsTheStoresColumnWhateverTheKeyAndNeverLooksLikeAServerMadeKey() {
        String stored = CallerKeys.ofCaller(NONE, NONE, Optional.of("Bearer " + "x".repeat(4000)), "k".repeat(200));

        assertThat(stored).hasSizeLessThanOrEqualTo(200).startsWith(CallerKeys.PREFIX)
                .doesNotStartWith("session-").doesNotStartWith("draft-");
    }
}

package dev.loket.forms.draft;

import dev.loket.core.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DraftAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static Draft ownedBy(Optional<String> owner) {
        return new Draft(UUID.randomUUID(), "aanvraag-identiteitskaart-verlies", "1.0.0", Channel.WEB, "{}", 1, NOW, NOW,
                NOW.plusSeconds(3600), owner);
    }

    @Test
    void aDraftOfNobodyInParticularOpensForWhoeverHoldsItsId() {
        Draft anonymous = ownedBy(Optional.empty());

        assertThat(DraftAccess.ANONYMOUS.mayOpen(anonymous)).isTrue();
        assertThat(DraftAccess.person("pseudo-anna").mayOpen(anonymous)).isTrue();
    }

    @Test
    void aPersonsDraftOpensOnlyForTheirOwnLoginOrAnEmployee() {
        Draft annas = ownedBy(Optional.of("pseudo-anna"));

        assertThat(DraftAccess.ANONYMOUS.mayOpen(annas)).as("after logout, with the cookie").isFalse();
        assertThat(DraftAccess.person("pseudo-bram").mayOpen(annas)).as("someone else's login").isFalse();
        assertThat(DraftAccess.person("pseudo-anna").mayOpen(annas)).as("her own login, or a mandate for her").isTrue();
        assertThat(new DraftAccess(Optional.empty(), true).mayOpen(annas)).as("an employee at the counter").isTrue();
    }

    @Test
    void whatWasFiledFromAPersonsDraftIsForTheSamePeopleAsTheDraft() {
        Optional<String> annas = Optional.of("pseudo-anna");

        assertThat(DraftAccess.ANONYMOUS.mayOpenOwnedBy(annas)).isFalse();
        assertThat(DraftAccess.person("pseudo-bram").mayOpenOwnedBy(annas)).isFalse();
        assertThat(DraftAccess.person("pseudo-anna").mayOpenOwnedBy(annas)).isTrue();
        assertThat(new DraftAccess(Optional.empty(), true).mayOpenOwnedBy(annas)).isTrue();
        assertThat(DraftAccess.ANONYMOUS.mayOpenOwnedBy(Optional.empty())).as("nobody's in particular").isTrue();
    }
}

package dev.loket.portal.prefill;

import dev.loket.consent.ConsentStore;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.consent.PurposeRegistry;
import dev.loket.forms.prefill.PrefillGuard;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PrefillGuardTest {

    private static final Set<String> PERSON = Set.of("naam.voornamen", "naam.geslachtsnaam", "geboorte.datum",
            "burgerservicenummer");

    /** The portal's own purposes; a public task needs no consent, so the store is never read. */
    static LawfulBasisGuard lawfulBasisGuard() {
        PurposeRegistry purposes = lawfulBasisGuardPurposes();
        JdbcDataSource unused = new JdbcDataSource();
        unused.setURL("jdbc:h2:mem:prefill-guard");
        return new LawfulBasisGuard(purposes, ConsentStore.onDatabase(unused, purposes, Clock.systemUTC()),
                Clock.systemUTC());
    }

    /** The portal's own purposes. */
    static PurposeRegistry lawfulBasisGuardPurposes() {
        PurposeRegistry purposes;
        try (InputStream in = PrefillGuardTest.class.getClassLoader().getResourceAsStream("consent/purposes.json")) {
            purposes = PurposeRegistry.load(in, "consent/purposes.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return purposes;
    }

    private final PrefillGuard guard = PrefillSetup.guard(true, PrefillGuardTest::lawfulBasisGuard);

    @Test
    void allowsThePrefillPurposeOfTheSampleMunicipality() {
        assertThat(guard.allows("gemeente-voorbeeld", "brp-prefill-aanvraag", PERSON, "pseudo-1")).isTrue();
        assertThat(guard.allows("gemeente-voorbeeld", "brp-prefill-aanvraag",
                Set.of("adres.postcode", "adres.huisnummer", "adres.woonplaats"), "pseudo-1")).isTrue();
    }

    @Test
    void deniesAnotherPurpose() {
        assertThat(guard.allows("gemeente-voorbeeld", "nieuwsbrief", PERSON, "pseudo-1")).isFalse();
    }

    @Test
    void deniesThePurposeToAnotherAgency() {
        assertThat(guard.allows("gemeente-elders", "brp-prefill-aanvraag", PERSON, "pseudo-1")).isFalse();
    }

    @Test
    void deniesDataOutsideThePurpose() {
        assertThat(guard.allows("gemeente-voorbeeld", "brp-prefill-aanvraag", Set.of("naam.voornamen", "nationaliteit"),
                "pseudo-1")).isFalse();
    }

    @Test
    void deniesEverythingWhenPrefillIsOff() {
        PrefillGuard off = PrefillSetup.guard(false, () -> {
            throw new AssertionError("the consent guard is not needed when prefill is off");
        });

        assertThat(off).isSameAs(PrefillGuard.DENY_ALL);
        assertThat(off.allows("gemeente-voorbeeld", "brp-prefill-aanvraag", PERSON, "pseudo-1")).isFalse();
    }
}

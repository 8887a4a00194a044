package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06-12345678", "06 1234 5678", "06 12 34 56 78", "06.12345678",
            "+31612345678", "+31 6 12345678", "+31 (0)6 12345678", "+31 06 12345678", "0031 6 12345678",
            "0031612345678", "(06) 12345678"})
    void normalisesADutchMobileNumberToE164(String written) {
        assertThat(PhoneNumber.parse(written)).get().extracting(PhoneNumber::value).isEqualTo("+31612345678");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "020 123 4567        | +31201234567",
            "(020) 123 4567      | +31201234567",
            "020-1234567         | +31201234567",
            "070 - 373 8888      | +31703738888",
            "088 123 4567        | +31881234567",
            "+44 20 7946 0958    | +442079460958",
            "0044 20 7946 0958   | +442079460958",
            "+32 2 123 45 67     | +3221234567",
            "+1 202-555-0123     | +12025550123",
            "+49 30 12345678     | +493012345678"})
    void normalisesToE164(String written, String e164) {
        PhoneNumber number = PhoneNumber.parse(written).orElseThrow();

        assertThat(number.value()).isEqualTo(e164);
        assertThat(PhoneNumber.parse(number.toString())).contains(number);
    }

    @Test
    void knowsWhetherANumberIsDutch() {
        assertThat(PhoneNumber.parse("06-12345678").orElseThrow().isDutch()).isTrue();
        assertThat(PhoneNumber.parse("+44 20 7946 0958").orElseThrow().isDutch()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0612345",             // too short for a Dutch number
            "061234567890",        // too long
            "612345678",           // no trunk 0 and no country code
            "+3161234567",         // eight digits after +31
            "+310012345678",       // nothing Dutch starts with 0 after +31
            "112", "0800-1234", "14 020",
            "+1234567",            // seven digits: shorter than any E.164 number
            "+1234567890123456",   // sixteen digits: longer than E.164 allows
            "+0612345678",
            "06-1234567a", "06-1234567８", "+", "00", "0", "++31612345678", "+31 6 1234 5678 ext 12",
            "tel:+31612345678"})
    void rejectsWhatIsNotAPhoneNumber(String text) {
        assertThat(PhoneNumber.parse(text)).isEmpty();
    }

    @Test
    void isEqualToTheSameNumberWrittenDifferently() {
        assertThat(PhoneNumber.parse("06-12345678")).isEqualTo(PhoneNumber.parse("+31 6 12 34 56 78"));
        assertThat(PhoneNumber.parse("06-12345678").orElseThrow().hashCode())
                .isEqualTo(PhoneNumber.parse("+31612345678").orElseThrow().hashCode());
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(PhoneNumber::parse, PhoneNumber::toString);
    }
}

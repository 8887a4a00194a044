package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HouseNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12         | 12",
            "' 12 '     | 12",
            "12A        | 12 A",
            "12a        | 12 A",
            "12 A       | 12 A",
            "12-1       | 12-1",
            "12 - 1     | 12-1",
            "12 1       | 12-1",
            "12 hs      | 12-HS",
            "12-hs      | 12-HS",
            "12bis      | 12-BIS",
            "12 bis     | 12-BIS",
            "12-A       | 12-A",
            "12A-1      | 12 A-1",
            "12 a bis   | 12 A-BIS",
            "12 A-bis   | 12 A-BIS",
            "12a1       | 12-A1",
            "99999      | 99999",
            "1 Z-ABCD   | 1 Z-ABCD"})
    void readsTheWaysPeopleWriteAHouseNumber(String written, String normalised) {
        assertThat(HouseNumber.parse(written)).get().hasToString(normalised);
    }

    @Test
    void splitsIntoTheBagParts() {
        HouseNumber number = HouseNumber.parse("12a-bis").orElseThrow();

        assertThat(number.number()).isEqualTo(12);
        assertThat(number.letter()).contains("A");
        assertThat(number.addition()).contains("BIS");
        assertThat(HouseNumber.parse("7").orElseThrow()).isEqualTo(HouseNumber.of(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "12 A", "12-1", "12 A-BIS", "12-A", "1 Z-ABCD"})
    void readsBackWhatItPrints(String printed) {
        HouseNumber number = HouseNumber.parse(printed).orElseThrow();

        assertThat(number).hasToString(printed);
        assertThat(HouseNumber.parse(number.toString())).contains(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "012", "100000", "123456", "-12", "a12", "12 ABCDE", "12--1", "12 A-", "12,5",
            "12½", "12/1", "١٢", "１２", "12 Ä", "12 A B C", "twaalf", "12 <b>"})
    void rejectsWhatIsNotAHouseNumber(String text) {
        assertThat(HouseNumber.parse(text)).isEmpty();
    }

    @Test
    void refusesPartsOutOfRangeWhenBuiltInCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> HouseNumber.of(0)).withMessageContaining("1 to 99999");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HouseNumber(12, Optional.of("AB"), Optional.empty()))
                .withMessageContaining("one letter");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HouseNumber(12, Optional.empty(), Optional.of("12345")))
                .withMessageContaining("1 to 4");
        assertThat(new HouseNumber(12, Optional.of("a"), Optional.of("hs"))).hasToString("12 A-HS");
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(HouseNumber::parse, HouseNumber::toString);
    }
}

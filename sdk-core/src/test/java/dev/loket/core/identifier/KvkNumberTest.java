package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KvkNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"68750110", "6875 0110", "68.75.01.10", "6875-0110", " 68750110\t"})
    void acceptsTheWaysPeopleWriteANumber(String written) {
        assertThat(KvkNumber.parse(written)).get().extracting(KvkNumber::value).isEqualTo("68750110");
    }

    @Test
    void keepsTheLeadingZeroOfANumberFromARegionalChamber() {
        assertThat(KvkNumber.parse("01234567")).get().hasToString("01234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "00000000", "6875011O", "６８７５０１１０", "000037178598"})
    void rejectsWhatIsNotAKvkNumber(String text) {
        assertThat(KvkNumber.parse(text)).isEmpty();
    }

    @Test
    void readsBackWhatItPrints() {
        KvkNumber number = KvkNumber.parse("6875 0110").orElseThrow();

        assertThat(KvkNumber.parse(number.toString())).contains(number);
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(KvkNumber::parse, KvkNumber::toString);
    }
}

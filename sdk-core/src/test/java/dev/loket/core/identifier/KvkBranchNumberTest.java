package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KvkBranchNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"000037178598", "0000 3717 8598", "0000.3717.8598", "0000-3717-8598"})
    void acceptsTheWaysPeopleWriteANumberAndKeepsItsLeadingZeros(String written) {
        assertThat(KvkBranchNumber.parse(written)).get().extracting(KvkBranchNumber::value)
                .isEqualTo("000037178598");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"37178598", "68750110", "0000371785980", "000000000000", "00003717859a",
            "٠٠٠٠٣٧١٧٨٥٩٨"})
    void rejectsWhatIsNotABranchNumber(String text) {
        assertThat(KvkBranchNumber.parse(text)).isEmpty();
    }

    @Test
    void readsBackWhatItPrints() {
        KvkBranchNumber number = KvkBranchNumber.parse("0000 3717 8598").orElseThrow();

        assertThat(number).hasToString("000037178598");
        assertThat(KvkBranchNumber.parse(number.toString())).contains(number);
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(KvkBranchNumber::parse, KvkBranchNumber::toString);
    }
}

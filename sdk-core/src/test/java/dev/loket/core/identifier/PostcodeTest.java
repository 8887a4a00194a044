package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234AB", "1234 AB", "1234ab", "1234 ab", "1234 aB", " 1234  AB ", "1234-AB", "1234\tAB"})
    void acceptsTheWaysPeopleWriteAPostcode(String written) {
        assertThat(Postcode.parse(written)).get().extracting(Postcode::value).isEqualTo("1234 AB");
    }

    @Test
    void knowsItsDigits() {
        assertThat(Postcode.parse("2595am").orElseThrow().digits()).isEqualTo("2595");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000 AA", "9999 ZZ", "2511 CV", "1012 SB", "1234 AS", "1234 DS"})
    void acceptsTheWholeRange(String postcode) {
        assertThat(Postcode.parse(postcode)).get().hasToString(postcode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 SA", "1234 SD", "1234 SS", "1234sa", "1234 sd", "1234ss"})
    void rejectsTheLetterPairsPostNlDoesNotIssue(String text) {
        assertThat(Postcode.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "AB 1234", "1234 A1",
            "1234 ÅB", "1234 ıb", "1234 ßA", "１２３４ AB", "B-1000", "1234 AB\u0000"})
    void rejectsWhatIsNotADutchPostcode(String text) {
        assertThat(Postcode.parse(text)).isEmpty();
    }

    @Test
    void isEqualToTheSamePostcodeWrittenDifferently() {
        assertThat(Postcode.parse("1234ab")).isEqualTo(Postcode.parse("1234 AB"));
        assertThat(Postcode.parse("1234ab").orElseThrow().hashCode())
                .isEqualTo(Postcode.parse("1234 AB").orElseThrow().hashCode());
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(Postcode::parse, Postcode::toString);
    }
}

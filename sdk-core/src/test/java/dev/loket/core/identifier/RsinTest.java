package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RsinTest {

    @ParameterizedTest
    @ValueSource(strings = {"002564440", "0025.64.440", "002 564 440", "002-564-440", " 002564440 "})
    void acceptsTheWaysPeopleWriteANumber(String written) {
        assertThat(Rsin.parse(written)).get().extracting(Rsin::value).isEqualTo("002564440");
    }

    @ParameterizedTest
    @ValueSource(strings = {"802086676", "820646660", "123456782"})
    void acceptsNumbersThatPassTheElevenProof(String number) {
        assertThat(Rsin.parse(number)).get().extracting(Rsin::value).isEqualTo(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "802086677", "000000000", "02564440", "8020866760", "80208667a",
            "８０２０８６６７６", "' OR 1=1 --"})
    void rejectsWhatIsNotAValidRsin(String text) {
        assertThat(Rsin.parse(text)).isEmpty();
    }

    @Test
    void showsTheWholeNumberBecauseAnOrganisationsNumberIsPublic() {
        Rsin rsin = Rsin.parse("0025.64.440").orElseThrow();

        assertThat(rsin).hasToString("002564440");
        assertThat(Rsin.parse(rsin.toString())).contains(rsin);
    }

    @Test
    void isEqualToTheSameNumberWrittenDifferently() {
        assertThat(Rsin.parse("002564440")).isEqualTo(Rsin.parse("002 564 440"));
        assertThat(Rsin.parse("002564440").orElseThrow().hashCode())
                .isEqualTo(Rsin.parse("0025.64.440").orElseThrow().hashCode());
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(Rsin::parse, Rsin::toString);
    }
}

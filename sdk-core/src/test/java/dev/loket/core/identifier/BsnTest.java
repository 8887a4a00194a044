package dev.loket.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BsnTest {

    @Test
    void agreesWithTheElfproefOfEveryPersonInTheRvigTestSet() throws IOException {
        // Fictitious test persons of the Dutch population register (RvIG), with their elfproef result.
        Path list = Path.of(System.getProperty("loket.test.data", "../testdata"),
                "bsn-testset-rvig", "bsn-list-derived.txt");
        List<String[]> rows = Files.readAllLines(list).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t"))
                .toList();

        assertThat(rows).hasSizeGreaterThan(600);
        for (String[] row : rows) {
            assertThat(Bsn.parse(row[0]).isPresent()).as(row[0]).isEqualTo(row[1].equals("valid"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "9999.93.653", "999 993 653", "99999-3653"})
    void acceptsTheWaysPeopleWriteANumber(String written) {
        assertThat(Bsn.parse(written)).get().extracting(Bsn::value).isEqualTo("999993653");
    }

    @Test
    void restoresALeadingZeroThatWasLeftOut() {
        assertThat(Bsn.parse("09830")).isEmpty();
        assertThat(Bsn.parse("00009830")).get().extracting(Bsn::value).isEqualTo("000009830");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"999993654", "000000000", "12345678901", "99999365a", "９９９９９３６５３", "' OR 1=1 --"})
    void rejectsWhatIsNotAValidBsn(String text) {
        assertThat(Bsn.parse(text)).isEmpty();
    }

    @Test
    void neverShowsTheWholeNumberWhenPrinted() {
        Bsn bsn = Bsn.parse("999993653").orElseThrow();

        assertThat(bsn.toString()).isEqualTo("BSN *******53").doesNotContain("9999936");
    }

    @Test
    void neverThrowsOnHostileInput() {
        HostileInput.assertParsesSafely(Bsn::parse, Bsn::value);
    }
}

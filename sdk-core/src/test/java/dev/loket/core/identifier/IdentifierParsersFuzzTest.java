package dev.loket.core.identifier;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every identifier parser with text a person (or an attacker) could type. A parser answers
 * "not valid" with an empty {@code Optional}; it never throws, and what it accepts reads back as
 * itself, so a value that passed once passes again wherever it is stored and read.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seeds in {@code IdentifierParsersFuzzTestInputs} as a
 * regression test; the build's {@code fuzz} execution fuzzes it for a bounded time (see
 * docs/security.md).
 */
class IdentifierParsersFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void parsersNeverThrowAndWhatTheyAcceptReadsBackAsItself(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        roundTrips(Bsn::parse, Bsn::value, text);
        roundTrips(Rsin::parse, Rsin::value, text);
        roundTrips(KvkNumber::parse, KvkNumber::value, text);
        roundTrips(KvkBranchNumber::parse, KvkBranchNumber::value, text);
        roundTrips(Postcode::parse, Postcode::value, text);
        roundTrips(Iban::parse, Iban::value, text);
        roundTrips(Iban::parse, Iban::formatted, text);
        roundTrips(PhoneNumber::parse, PhoneNumber::value, text);
        roundTrips(HouseNumber::parse, HouseNumber::toString, text);
    }

    private static <T> void roundTrips(Function<String, Optional<T>> parse, Function<T, String> write, String text) {
        Optional<T> parsed = parse.apply(text);
        parsed.ifPresent(value -> assertThat(parse.apply(write.apply(value))).contains(value));
    }
}

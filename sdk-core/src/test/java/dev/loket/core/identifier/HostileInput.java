package dev.loket.core.identifier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Text nobody on the team wrote: the Big List of Naughty Strings (515 strings that broke software
 * before: unicode tricks, injections, numbers in odd notations), plus a few of our own that are
 * long or almost valid. Every parser of this package must get through all of it without throwing.
 */
final class HostileInput {

    private static final List<String> STRINGS = load();

    private HostileInput() {
    }

    static List<String> strings() {
        return STRINGS;
    }

    /**
     * Asserts that {@code parse} never throws on any hostile string, and that whatever it does accept
     * is plain ASCII and reads back to itself from {@code written}.
     */
    static <T> void assertParsesSafely(Function<String, Optional<T>> parse,
                                       Function<T, String> written) {
        for (String text : STRINGS) {
            assertThatCode(() -> parse.apply(text)).as("parse(%s)", text).doesNotThrowAnyException();
            parse.apply(text).ifPresent(value -> {
                assertThat(written.apply(value)).as(text).matches("\\p{ASCII}+");
                assertThat(parse.apply(written.apply(value))).as(text).contains(value);
            });
        }
    }

    private static List<String> load() {
        Path blns = Path.of(System.getProperty("loket.test.data", "../testdata"),
                "big-list-of-naughty-strings", "blns.json");
        try {
            List<String> strings = new ArrayList<>(new ObjectMapper().readValue(blns.toFile(), new TypeReference<List<String>>() {
            }));
            assertThat(strings).hasSizeGreaterThan(500);
            strings.add("9".repeat(1_000_000));
            strings.add(" ".repeat(100_000) + "x");
            strings.add("-".repeat(100_000));
            strings.add("+" + "3".repeat(100_000));
            strings.add("1234\u0000AB");
            strings.add("NL91ABNA0417164300\n<script>alert(1)</script>");
            return List.copyOf(strings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the naughty strings at " + blns, e);
        }
    }
}

package dev.loket.catalogue;

import java.nio.file.Path;

/**
 * The public reference data copied into the repository's {@code testdata} folder (see its README.md):
 * {@code loket.test.data} when Maven runs the tests, else {@code ../testdata} from the module (an IDE).
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String first, String... more) {
        return Path.of(System.getProperty("loket.test.data", "../testdata"), first).resolve(Path.of("", more));
    }
}

package dev.loket.catalogue;

import java.nio.file.Path;

/** The public reference data in {@code shared/data} (see its README), found through {@code loket.shared.data}. */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String first, String... more) {
        return Path.of(System.getProperty("loket.shared.data", "../../shared/data"), first).resolve(Path.of("", more));
    }
}

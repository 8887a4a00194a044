package dev.loket.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the rule that {@code ./mvnw verify} works from a fresh clone with nothing beside it: tests read
 * their data from the repository's own {@code testdata} folder, never from a folder next to the clone.
 */
class TestDataTest {

    /** sdk-core's tests run in the module folder, one level below the repository root. */
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "node_modules", "testdata");
    private static final Pattern SOURCE_FILE = Pattern.compile(".*\\.(java|xml|sh|js|json|properties)");
    // Spelled in two parts so that this file does not find itself.
    private static final String SHARED_DATA = "shared" + "/data";
    private static final String SHARED_DATA_PROPERTY = "loket.shared" + ".data";

    @Test
    void readsTestDataFromTheRepositoryItself() throws IOException {
        Path testData = Path.of(System.getProperty("loket.test.data", "../testdata"));

        assertThat(testData).as("the folder loket.test.data names").isDirectory();
        assertThat(testData.toRealPath()).as("loket.test.data must be the repository's own testdata folder")
                .isEqualTo(REPOSITORY.resolve("testdata").toRealPath());
        assertThat(testData.resolve("README.md")).isRegularFile();
    }

    @Test
    void keepsSourceAndLicenceBesideEveryDataSet() throws IOException {
        Path testData = REPOSITORY.resolve("testdata");
        String readme = Files.readString(testData.resolve("README.md"));
        try (Stream<Path> dataSets = Files.list(testData)) {
            for (Path dataSet : dataSets.filter(Files::isDirectory).toList()) {
                String name = dataSet.getFileName().toString();
                assertThat(dataSet.resolve("SOURCE.txt")).as(name).isRegularFile();
                try (Stream<Path> files = Files.list(dataSet)) {
                    assertThat(files.map(f -> f.getFileName().toString()))
                            .as("a licence file in " + name).anyMatch(f -> f.startsWith("LICENSE") || f.startsWith("LICENCE"));
                }
                assertThat(readme).as("a row for " + name + " in testdata/README.md").contains("`" + name + "`");
            }
        }
    }

    @Test
    void buildAndTestsNeverReadDataFromOutsideTheRepository() throws IOException {
        List<Path> offenders = new ArrayList<>();
        Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_SOURCES.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (SOURCE_FILE.matcher(file.getFileName().toString()).matches() && namesSharedData(file)) {
                    offenders.add(REPOSITORY.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(offenders).as("files that read " + SHARED_DATA + " instead of testdata/").isEmpty();
    }

    private static boolean namesSharedData(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.contains(SHARED_DATA) || text.contains(SHARED_DATA_PROPERTY);
        } catch (MalformedInputException e) {
            return false; // not text
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

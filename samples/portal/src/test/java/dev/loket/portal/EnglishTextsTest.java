package dev.loket.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Dutch text of the portal and the SDK modules it runs (module bundles under {@code dev/loket},
 * page bundles under {@code templates}) has an English counterpart, and English has no text Dutch lacks.
 */
class EnglishTextsTest {

    @Test
    void everyDutchTextOfEveryBundleHasAnEnglishOne() throws IOException, URISyntaxException {
        Map<String, String> pairs = dutchAndEnglishBundles();

        assertThat(pairs).as("bundles found").hasSizeGreaterThan(35);
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            Set<String> dutch = keys(pair.getKey());
            Set<String> english = keys(pair.getValue());
            Set<String> untranslated = new TreeSet<>(dutch);
            untranslated.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(dutch);

            assertThat(untranslated).as(pair.getValue() + " lacks").isEmpty();
            assertThat(onlyEnglish).as(pair.getKey() + " lacks").isEmpty();
        }
    }

    @Test
    void pageTextsDoubleTheirApostrophesSoThatThymeleafKeepsThem() throws IOException, URISyntaxException {
        // Thymeleaf formats every page text with MessageFormat, which drops a single apostrophe
        // ("the municipality's counter" became "the municipalitys counter").
        for (Map.Entry<String, String> pair : dutchAndEnglishBundles().entrySet()) {
            if (!pair.getKey().startsWith("templates/")) {
                continue;
            }
            for (String bundle : new String[] {pair.getKey(), pair.getValue()}) {
                Properties texts = texts(bundle);
                for (String key : texts.stringPropertyNames()) {
                    assertThat(texts.getProperty(key)).as(bundle + " " + key).doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    /** Each Dutch bundle (class path resource) with its English sibling; a Dutch one without is paired with a name that does not exist. */
    private static Map<String, String> dutchAndEnglishBundles() throws IOException, URISyntaxException {
        Map<String, String> pairs = new TreeMap<>();
        for (String root : new String[] {"dev/loket", "templates"}) {
            for (URL url : Collections.list(EnglishTextsTest.class.getClassLoader().getResources(root))) {
                try (Stream<Path> files = Files.walk(path(url.toURI()))) {
                    files.map(Path::toString).map(p -> p.replace('\\', '/'))
                            .filter(p -> p.endsWith(".properties") && !p.endsWith("_en.properties"))
                            .filter(p -> !p.contains("META-INF") && !p.endsWith("microprofile-config.properties"))
                            .map(p -> p.substring(p.indexOf("/" + root + "/") + 1))
                            .forEach(p -> pairs.put(p, p.replace(".properties", "_en.properties")));
                }
            }
        }
        return pairs;
    }

    private static Path path(URI uri) throws IOException {
        if (!uri.getScheme().equals("jar")) {
            return Path.of(uri);
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        return jar.provider().getPath(uri);
    }

    private static Set<String> keys(String resource) {
        return texts(resource).stringPropertyNames();
    }

    private static Properties texts(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EnglishTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

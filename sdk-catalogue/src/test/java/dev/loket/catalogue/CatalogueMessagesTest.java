package dev.loket.catalogue;

import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CatalogueMessagesTest.class.getResourceAsStream("/dev/loket/catalogue/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyTextIsThereInDutchAndInEnglish() throws IOException {
        assertThat(bundle("messages_en.properties").keySet()).isEqualTo(bundle("messages.properties").keySet());
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() throws IllegalAccessException {
        List<ProblemType> types = new ArrayList<>();
        for (Field field : CatalogueProblems.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class) {
                types.add((ProblemType) field.get(null));
            }
        }
        assertThat(types).hasSizeGreaterThan(5);
        for (ProblemType type : types) {
            Message title = type.title();
            assertThat(title.in(Language.NL)).isNotEqualTo(title.key()).isNotBlank();
            assertThat(title.in(Language.EN)).isNotEqualTo(title.key()).isNotEqualTo(title.in(Language.NL));
        }
    }
}

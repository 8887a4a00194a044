package dev.loket.forms.internal.evaluation;

import dev.loket.core.Language;
import dev.loket.core.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every validation message quotes a label; a label that ends a sentence itself gets no second full stop. */
class ValidationMessagesTest {

    private static Properties dutchKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/dev/loket/forms/messages.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void addsNoFullStopAfterALabelThatEndsInAQuestionMarkOrExclamationMarkOrFullStop(Language language)
            throws IOException {
        for (String label : new String[] {"Wat is er met uw identiteitskaart gebeurd?", "Let op!", "Uw naam."}) {
            for (String key : dutchKeys().stringPropertyNames()) {
                if (!key.startsWith("validation.")) {
                    continue;
                }
                String text = Message.of(ValueChecks.BUNDLE, key, label, 2, 3).in(language);

                assertThat(text).as(language + " " + key).doesNotContain("?.", "!.", "..");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void keepsTheFullStopAfterALabelWithoutOne(Language language) {
        String text = new ValueChecks(language, null).message("/naam", "validation.required", "Achternaam").message();

        assertThat(text).endsWith("Achternaam.");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void endsARequiredChoiceWithTheQuestionMarkOfItsLabel(Language language) {
        String text = new ValueChecks(language, null)
                .message("/gebeurtenis", "validation.required.choice", "Wat is er gebeurd?").message();

        assertThat(text).endsWith(": Wat is er gebeurd?");
    }
}

package dev.loket.core;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    @Test
    void speaksDutchByDefaultAndEnglishOnRequest() {
        Message notFound = Message.of(Message.CORE_BUNDLE, "problem.not-found.title");

        assertThat(notFound.in(Language.NL)).isEqualTo("Niet gevonden");
        assertThat(notFound.in(Language.EN)).isEqualTo("Not found");
    }

    @Test
    void ignoresTheServersDefaultLocaleWhenPickingDutch() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(Message.of(Message.CORE_BUNDLE, "problem.not-found.title").in(Language.NL))
                    .isEqualTo("Niet gevonden");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsInArgumentsInTheReadersLanguage() {
        Message internal = Message.of(Message.CORE_BUNDLE, "problem.internal.detail", "abc-123");

        assertThat(internal.in(Language.EN)).contains("mention this code: abc-123");
        assertThat(internal.in(Language.NL)).contains("deze code: abc-123");
    }

    @Test
    void showsTheKeyInsteadOfFailingWhenATextIsMissing() {
        assertThat(Message.of(Message.CORE_BUNDLE, "no.such.key").in(Language.EN)).isEqualTo("no.such.key");
    }

    @Test
    void everyDutchTextHasAnEnglishTranslationAndViceVersa() {
        var nl = Message.bundleFor(Message.CORE_BUNDLE, Language.NL);
        var en = Message.bundleFor(Message.CORE_BUNDLE, Language.EN);

        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(nl.keySet());
    }

    @Test
    void dropsThePatternsFullStopAfterAnArgumentThatEndsASentence() {
        java.util.List<Object> question = java.util.List.of("Wat is er gebeurd?");

        assertThat(Message.withoutDoubleStops("Kies bij: {0}.", question)).isEqualTo("Kies bij: {0}");
        assertThat(Message.withoutDoubleStops("Kies bij {0}. Dan verder.", question)).isEqualTo("Kies bij {0} Dan verder.");
        assertThat(Message.withoutDoubleStops("Kies bij: {0}.", java.util.List.of("Naam"))).isEqualTo("Kies bij: {0}.");
        assertThat(Message.withoutDoubleStops("Bedrag {0}.50", question)).isEqualTo("Bedrag {0}.50");
    }
}

package dev.loket.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void recognisesTagsWithRegionsAndAnyCase() {
        assertThat(Language.fromTag("en-GB")).contains(Language.EN);
        assertThat(Language.fromTag("NL")).contains(Language.NL);
        assertThat(Language.fromTag(" nl-BE ")).contains(Language.NL);
    }

    @Test
    void refusesLanguagesLoketDoesNotSpeakAndGarbage() {
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
        assertThat(Language.fromTag("<script>")).isEmpty();
    }
}

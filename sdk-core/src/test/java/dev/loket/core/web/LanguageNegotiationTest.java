package dev.loket.core.web;

import dev.loket.core.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageNegotiationTest {

    @Test
    void picksTheBestSupportedLanguageByQuality() {
        assertThat(LanguageNegotiation.fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8,nl;q=0.7")).contains(Language.EN);
        assertThat(LanguageNegotiation.fromAcceptLanguage("nl-NL,nl;q=0.9,en-US;q=0.8")).contains(Language.NL);
    }

    @Test
    void ignoresHeadersWithoutASupportedLanguage() {
        assertThat(LanguageNegotiation.fromAcceptLanguage("fr-FR,de")).isEmpty();
        assertThat(LanguageNegotiation.fromAcceptLanguage("")).isEmpty();
    }

    @Test
    void ignoresMalformedHeadersInsteadOfFailing() {
        assertThat(LanguageNegotiation.fromAcceptLanguage("en;q=banana")).isEmpty();
        assertThat(LanguageNegotiation.fromAcceptLanguage(";;;===")).isEmpty();
        assertThat(LanguageNegotiation.fromAcceptLanguage("-")).isEmpty();
    }
}

package dev.loket.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssuranceLevelsTest {

    @ParameterizedTest
    @CsvSource({
            "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport, LOW",
            "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract, LOW",
            "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard, SUBSTANTIAL",
            "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI, HIGH",
            "urn:etoegang:core:assurance-class:loa2plus, LOW",
            "urn:etoegang:core:assurance-class:loa3, SUBSTANTIAL",
            "urn:etoegang:core:assurance-class:loa4, HIGH",
            "http://eidas.europa.eu/LoA/substantial, SUBSTANTIAL"})
    void mapsDigidEherkenningAndEidasOntoOneScale(String acr, LevelOfAssurance level) {
        assertThat(AssuranceLevels.standard().of(acr)).contains(level);
    }

    @Test
    void knowsNothingAboutAnUnmappedValueInsteadOfGuessing() {
        assertThat(AssuranceLevels.standard().of("urn:example:very-secure")).isEmpty();
        assertThat(AssuranceLevels.standard().of(null)).isEmpty();
    }

    @Test
    void letsAnAgencyAddTheValuesOfItsBroker() {
        AssuranceLevels levels = AssuranceLevels.standard().with("urn:example:broker:sub", LevelOfAssurance.SUBSTANTIAL);

        assertThat(levels.of("urn:example:broker:sub")).contains(LevelOfAssurance.SUBSTANTIAL);
        assertThat(AssuranceLevels.standard().of("urn:example:broker:sub")).as("the standard mapping is unchanged").isEmpty();
    }
}

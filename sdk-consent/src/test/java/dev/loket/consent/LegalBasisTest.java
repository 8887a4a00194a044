package dev.loket.consent;

import dev.loket.core.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class LegalBasisTest {

    @Test
    void onlyConsentCanBeWithdrawn() {
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(basis.withdrawable()).as(basis.name()).isEqualTo(basis == LegalBasis.CONSENT);
        }
    }

    @Test
    void citesTheArticleOfTheGdpr() {
        assertThat(LegalBasis.PUBLIC_TASK.article()).isEqualTo("GDPR Art. 6(1)(e)");
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void explainsEveryBasisInDutchAndEnglish(LegalBasis basis) {
        String dutch = basis.explanation().in(Language.NL);
        String english = basis.explanation().in(Language.EN);

        assertThat(dutch).isNotEqualTo(basis.explanation().key()).isNotEqualTo(english);
        assertThat(english).isNotEqualTo(basis.explanation().key());
    }
}

package dev.loket.forms.conversation;

import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.internal.conversation.NaturalValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.loket.forms.conversation.ConversationTest.FIXED;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers as people write or say them, read as the form stores them. */
class NaturalAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final FormDefinition idCard = ExampleForms.definition("aanvraag-identiteitskaart-verlies");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12-3-1980         | 1980-03-12",
            "12/03/1980        | 1980-03-12",
            "12.03.1980        | 1980-03-12",
            "1980-03-12        | 1980-03-12",
            "12 maart 1980     | 1980-03-12",
            "12 Maart 1980     | 1980-03-12",
            "12 mrt. 1980      | 1980-03-12",
            "12 march 1980     | 1980-03-12",
            "March 12, 1980    | 1980-03-12",
            "12th of March 1980| 1980-03-12",
            "1 mei 2026        | 2026-05-01",
            "3 oktober 2026    | 2026-10-03",
            "vandaag           | 2026-11-22",
            "gisteren          | 2026-11-21",
            "tomorrow          | 2026-11-23"})
    void readsDatesInDutchAndEnglish(String said, String iso) {
        assertThat(NaturalValues.date(said, TODAY)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @CsvSource({"31-2-1980", "12 smarch 1980", "volgende week", "1980"})
    void doesNotGuessDates(String said) {
        assertThat(NaturalValues.date(said, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "€ 12,50    | 12.50",
            "12.50      | 12.50",
            "12,-       | 12",
            "€12        | 12",
            "12 euro    | 12",
            "EUR 7,5    | 7.5",
            "1.250      | 1250",
            "1.234,56   | 1234.56",
            "1,234.56   | 1234.56",
            "0,05       | 0.05"})
    void readsAmounts(String said, String amount) {
        assertThat(NaturalValues.amount(said)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "ja | true", "Ja! | true", "j | true", "klopt | true", "ok | true", "Oké | true", "yes | true",
            "y | true", "ja, dat klopt | true", "akkoord | true",
            "nee | false", "n | false", "no | false", "Nee. | false", "klopt niet | false", "nee hoor | false"})
    void readsYesAndNo(String said, boolean meaning) {
        assertThat(NaturalValues.yesNo(said)).contains(meaning);
    }

    @ParameterizedTest(name = "\"{0}\" is neither yes nor no")
    @CsvSource({"misschien", "weet ik niet", "12"})
    void doesNotGuessYesOrNo(String said) {
        assertThat(NaturalValues.yesNo(said)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" chooses {1}")
    @CsvSource(delimiter = '|', value = {
            "2                | gestolen",
            "2.               | gestolen",
            "nummer 1         | verloren",
            "Hij is gestolen  | gestolen",
            "HIJ IS GESTOLEN! | gestolen",
            "gestolen         | gestolen",
            "kwijt            | verloren",
            "It was stolen    | gestolen",
            "verloren         | verloren"})
    void choosesByNumberLabelOrValue(String said, String value) {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);

        assertThat(conversation.answer(said).data().at("/gebeurtenis").asText()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" pays {1}")
    @CsvSource(delimiter = '|', value = {
            "contant | CASH", "Cash | CASH", "pin | PIN", "pinnen | PIN", "debit card | PIN", "iDEAL | IDEAL",
            "online | IDEAL", "3 | CASH"})
    void choosesAPaymentMethodByName(String said, String method) {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        ConversationTest.say(conversation, "1", "gisteren", "overslaan", "Jan", "de Vries", "12-3-1980", "123456782",
                "overslaan", "overslaan", "nee");

        assertThat(conversation.answer(said).data().at("/betaalwijze").asText()).isEqualTo(method);
    }

    @ParameterizedTest(name = "\"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', value = {
            "1234.56.782      | 123456782",
            "1234 56 782      | 123456782",
            "123-456-782      | 123456782"})
    void normalisesTheBsnAsPeopleWriteIt(String said, String bsn) {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        ConversationTest.say(conversation, "1", "gisteren", "overslaan", "Jan", "de Vries", "12-3-1980");

        assertThat(conversation.answer(said).data().at("/bsn").asText()).isEqualTo(bsn);
    }

    @ParameterizedTest(name = "\"{0}\" is asked again")
    @CsvSource({"123456789", "twaalf", "1234"})
    void asksAgainForABsnThatFailsTheElevenProof(String said) {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        ConversationTest.say(conversation, "1", "gisteren", "overslaan", "Jan", "de Vries", "12-3-1980");

        ConversationTurn turn = conversation.answer(said);

        assertThat(turn.data().has("bsn")).isFalse();
        assertThat(turn.texts()).startsWith(
                "Dit burgerservicenummer (BSN) klopt niet. Controleer de 9 cijfers; u vindt uw BSN op uw paspoort of identiteitskaart.",
                "Probeer het nog een keer.", "Burgerservicenummer (BSN)");
    }

    @ParameterizedTest(name = "\"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', value = {
            "06-12345678        | +31612345678",
            "06 1234 5678       | +31612345678",
            "+31 (0)6 12345678  | +31612345678",
            "020 123 4567       | +31201234567"})
    void normalisesPhoneNumbersAsPeopleWriteThem(String said, String e164) {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        ConversationTest.say(conversation, "1", "gisteren", "overslaan", "Jan", "de Vries", "12-3-1980", "123456782",
                "overslaan");

        assertThat(conversation.answer(said).data().at("/telefoon").asText()).isEqualTo(e164);
    }
}

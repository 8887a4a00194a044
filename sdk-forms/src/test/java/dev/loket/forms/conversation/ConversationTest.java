package dev.loket.forms.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.logic.LogicContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 22 November 2026, so "within 4 weeks", "gisteren" and ages are fixed. */
    static final LogicContext FIXED = new LogicContext(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), AMSTERDAM), AMSTERDAM);

    static final String[] MOVING_ANSWERS = {
            "1 december 2026", "1234ab", "12a", "nee",
            "ja", "Jan", "Jansen", "3-4-1990", "jan@voorbeeld.nl",
            "ja", "Pien", "Jansen", "12/06/2015", "nee",
            "ik@voorbeeld.nl", "overslaan", "ja"};

    private final FormDefinition moving = ExampleForms.definition("verhuizing");
    private final FormDefinition idCard = ExampleForms.definition("aanvraag-identiteitskaart-verlies");

    static ConversationTurn say(Conversation conversation, String... answers) {
        ConversationTurn turn = conversation.lastTurn();
        for (String answer : answers) {
            turn = conversation.answer(answer);
        }
        return turn;
    }

    static Submission submitted(FormDefinition definition, JsonNode data, Language language) {
        return new FormEvaluator(definition).submit(data, new EvaluationContext(language, FIXED));
    }

    @Test
    void completesMovingHouseWithTwoCoMoversInDutch() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);

        ConversationTurn summary = say(conversation, MOVING_ANSWERS);
        ConversationTurn sent = conversation.answer("ja");

        assertThat(summary.status()).isEqualTo(ConversationStatus.CHECKING);
        assertThat(summary.text()).contains("1. Wanneer verhuist u? 1 december 2026", "2. Nieuw adres: 1234 AB 12 A",
                "3. Woont er al iemand op dit adres? nee", "9. Medeverhuizers 2, Voornaam: Pien",
                "11. Medeverhuizers 2, Geboortedatum: 12 juni 2015", "(niet ingevuld)");
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        assertThat(sent.done()).isTrue();
        assertThat(sent.texts()).containsExactly("Dank u wel. Uw formulier is verstuurd. U krijgt bericht van de gemeente.");
        JsonNode data = sent.data();
        assertThat(data.at("/verhuisdatum").asText()).isEqualTo("2026-12-01");
        assertThat(data.at("/nieuw_adres")).isEqualTo(ExampleForms.data(
                "{\"postcode\": \"1234 AB\", \"houseNumber\": 12, \"houseLetter\": \"A\"}"));
        assertThat(data.at("/medeverhuizers")).hasSize(2);
        assertThat(data.at("/medeverhuizers/0/email").asText()).isEqualTo("jan@voorbeeld.nl");
        assertThat(data.at("/medeverhuizers/1").has("email")).as("a child is not asked for an email").isFalse();
        assertThat(data.at("/aantal_personen").asInt()).isEqualTo(3);
    }

    @Test
    void finalDataIsExactlyWhatTheFormEvaluatorAccepts() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        ConversationTurn summary = say(conversation, MOVING_ANSWERS);

        Submission byEvaluator = submitted(moving, summary.data(), Language.NL);
        ConversationTurn sent = conversation.answer("ja");

        assertThat(byEvaluator.accepted()).isTrue();
        assertThat(sent.data()).isEqualTo(byEvaluator.data());
        assertThat(submitted(moving, sent.data(), Language.NL).accepted()).isTrue();
    }

    @Test
    void completesIdCardAfterTheftPayingCashInDutch() {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        assertThat(conversation.lastTurn().text()).contains("Wat is er met uw identiteitskaart gebeurd?",
                "1. Ik ben hem kwijt\n2. Hij is gestolen");

        ConversationTurn afterChoice = conversation.answer("gestolen");
        assertThat(afterChoice.texts()).as("the content is said, not asked").containsSequence(
                "Bij diefstal doet u ook aangifte bij de politie. Dat kan online of op het politiebureau.",
                "Hebt u al aangifte gedaan bij de politie?", "Antwoord met ja of nee.");
        ConversationTurn afterPayment = say(conversation, "klopt", "gisteren", "overslaan",
                "Jan Pieter", "de Vries", "12 maart 1980", "1234.56.782", "nee", "06-12345678",
                "nee", "contant");
        assertThat(afterPayment.texts()).startsWith(
                "U betaalt contant aan de balie als u de identiteitskaart ophaalt. Neem gepast geld mee als dat kan.");
        ConversationTurn summary = conversation.answer("ja");
        assertThat(summary.text()).contains("Geboortedatum: 12 maart 1980", "Hoe wilt u betalen? Contant aan de balie",
                "Hebt u al aangifte gedaan bij de politie? ja");
        ConversationTurn sent = conversation.answer("ja");

        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        JsonNode data = sent.data();
        assertThat(data.at("/gebeurtenis").asText()).isEqualTo("gestolen");
        assertThat(data.at("/datum_verlies").asText()).isEqualTo("2026-11-21");
        assertThat(data.at("/bsn").asText()).isEqualTo("123456782");
        assertThat(data.at("/telefoon").asText()).isEqualTo("+31612345678");
        assertThat(data.at("/betaalwijze").asText()).isEqualTo("CASH");
        assertThat(data.at("/kosten").decimalValue()).isEqualByComparingTo(new BigDecimal("77.20"));
        assertThat(data.has("email")).isFalse();
        assertThat(data).isEqualTo(submitted(idCard, data, Language.NL).data());
    }

    @Test
    void completesIdCardInEnglish() {
        Conversation conversation = Conversation.start(idCard, Language.EN, FIXED);
        assertThat(conversation.lastTurn().text()).contains("What happened to your ID card?", "1. I lost it\n2. It was stolen");

        ConversationTurn summary = say(conversation, "I lost it", "March 3rd, 2026", "skip",
                "Jan", "de Vries", "1980-03-12", "123456782", "jan@example.com", "skip",
                "yes", "iDEAL", "I agree");
        assertThat(summary.text()).contains("These are your answers:", "What happened to your ID card? I lost it",
                "When did you notice it was gone? 3 March 2026", "Do you need the ID card within 3 working days? yes",
                "How do you want to pay? iDEAL (pay online)", "Your answer: agreed");
        ConversationTurn sent = conversation.answer("yes");

        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        assertThat(sent.texts()).containsExactly("Thank you. Your form has been sent. The municipality will contact you.");
        assertThat(sent.data().at("/betaalwijze").asText()).isEqualTo("IDEAL");
        assertThat(sent.data().at("/kosten").decimalValue()).isEqualByComparingTo(new BigDecimal("135.40"));
    }

    @Test
    void reasksKindlyOnAWrongPostcodeAndKeepsEarlierAnswers() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, "1 december 2026");

        ConversationTurn wrong = conversation.answer("12345");

        assertThat(wrong.done()).isFalse();
        assertThat(wrong.texts()).containsExactly("Vul een postcode in zoals 1234 AB.", "Probeer het nog een keer.",
                "Nieuw adres: wat is de postcode?");
        assertThat(wrong.data().at("/verhuisdatum").asText()).isEqualTo("2026-12-01");
        assertThat(conversation.answer("1234 AB").texts()).last().asString().startsWith("Nieuw adres: wat is het huisnummer?");
    }

    @Test
    void explainsTheFormsOwnRuleWhenADateIsOutOfRange() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);

        ConversationTurn tooLate = conversation.answer("1 februari 2027");

        assertThat(tooLate.texts()).startsWith(
                "U kunt een verhuizing pas 4 weken van tevoren doorgeven. Kies een datum binnen 4 weken.",
                "Probeer het nog een keer.", "Wanneer verhuist u?");
        assertThat(tooLate.data().has("verhuisdatum")).isFalse();
    }

    @Test
    void goesBackToThePreviousQuestionKeepingTheAnswers() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, "1 december 2026", "1234ab", "12a");

        ConversationTurn back = conversation.answer("terug");
        assertThat(back.texts()).last().asString().startsWith("Nieuw adres: wat is het huisnummer?");
        assertThat(back.data().at("/nieuw_adres/houseNumber").asInt()).isEqualTo(12);

        ConversationTurn corrected = conversation.answer("14");
        assertThat(corrected.texts()).contains("Woont er al iemand op dit adres?");
        assertThat(corrected.data().at("/nieuw_adres")).isEqualTo(ExampleForms.data(
                "{\"postcode\": \"1234 AB\", \"houseNumber\": 14}"));
        assertThat(corrected.data().at("/verhuisdatum").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void saysItIsTheFirstQuestionWhenGoingBackFromTheStart() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);

        assertThat(conversation.answer("back").texts()).startsWith("Dit is de eerste vraag.").contains("Wanneer verhuist u?");
    }

    @Test
    void repeatsTheQuestionWithItsChoices() {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);

        ConversationTurn repeated = conversation.answer("herhaal");

        assertThat(repeated.text()).contains("Wat is er met uw identiteitskaart gebeurd?", "1. Ik ben hem kwijt");
        assertThat(repeated.status()).isEqualTo(ConversationStatus.ASKING);
    }

    @Test
    void helpGivesTheHintHowToAnswerAndTheCommands() {
        Conversation conversation = Conversation.start(idCard, Language.NL, FIXED);
        say(conversation, "1");

        ConversationTurn help = conversation.answer("hulp");

        assertThat(help.texts()).startsWith("Weet u het niet precies? Vul dan de datum in die u denkt.",
                "Zeg een datum, bijvoorbeeld: 12 maart 1980 of 12-03-1980. \"Vandaag\" en \"gisteren\" kan ook.");
        assertThat(help.text()).contains("\"terug\" (vorige vraag)", "\"stop\" (later verder)",
                "Wanneer merkte u dat hij weg was?");
    }

    @Test
    void stopKeepsTheAnswersAndSaysHowToGoOn() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, "1 december 2026");

        ConversationTurn stopped = conversation.answer("stop");

        assertThat(stopped.done()).isTrue();
        assertThat(stopped.status()).isEqualTo(ConversationStatus.STOPPED);
        assertThat(stopped.text()).contains("Uw antwoorden zijn bewaard", "Stuur dan weer een bericht");
        assertThat(conversation.state().data()).contains("2026-12-01");

        ConversationTurn back = conversation.answer("hallo");
        assertThat(back.texts()).containsExactly("Welkom terug. We gaan verder waar u was.", "Uw nieuwe adres",
                "Nieuw adres: wat is de postcode?");
    }

    @Test
    void resumesFromASerialisedStateOnANewConversation() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Conversation first = Conversation.start(moving, Language.NL, FIXED);
        say(first, "1 december 2026", "1234ab", "12a", "nee", "ja", "Jan", "Jansen");
        say(first, "stop");

        String stored = json.writeValueAsString(first.state());
        ConversationState state = json.readValue(stored, ConversationState.class);
        Conversation second = Conversation.resume(moving, state, FIXED);
        ConversationTurn welcome = second.welcomeBack();

        assertThat(state).isEqualTo(first.state());
        assertThat(stored).contains("\"who\":\"loket\"", "\"who\":\"person\"");
        assertThat(welcome.texts()).containsExactly("Welkom terug. We gaan verder waar u was.",
                "Wie verhuizen er mee?", "Medeverhuizers, nummer 1:", "Geboortedatum");
        ConversationTurn summary = say(second, "3-4-1990", "jan@voorbeeld.nl",
                "ja", "Pien", "Jansen", "12/06/2015", "nee", "ik@voorbeeld.nl", "overslaan", "ja");
        ConversationTurn sent = second.answer("ja");
        assertThat(summary.status()).isEqualTo(ConversationStatus.CHECKING);
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);

        Conversation inOneGo = Conversation.start(moving, Language.NL, FIXED);
        say(inOneGo, MOVING_ANSWERS);
        assertThat(sent.data()).isEqualTo(inOneGo.answer("ja").data());
        assertThat(second.state().transcript()).first().isEqualTo(first.state().transcript().get(0));
    }

    @Test
    void keepsTheWholeTranscriptInTheState() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, "1 december 2026");

        assertThat(conversation.state().transcript()).extracting(TranscriptLine::who).contains(
                TranscriptLine.Speaker.LOKET, TranscriptLine.Speaker.PERSON);
        assertThat(conversation.state().transcript()).contains(
                new TranscriptLine(TranscriptLine.Speaker.PERSON, "1 december 2026"),
                new TranscriptLine(TranscriptLine.Speaker.LOKET, "Wanneer verhuist u?"));
    }

    @Test
    void changesAnAnswerChosenByNumberFromTheSummary() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, MOVING_ANSWERS);

        assertThat(conversation.answer("nee").texts()).containsExactly(
                "Welk antwoord wilt u veranderen? Zeg het nummer, van 1 tot 14.");
        assertThat(conversation.answer("nummer 3").texts()).contains("Woont er al iemand op dit adres?");
        ConversationTurn revealed = conversation.answer("ja");
        assertThat(revealed.texts()).as("the answer shows a new question, asked in its place")
                .contains("Naam van de bewoner");
        ConversationTurn summary = conversation.answer("K. de Bruin");

        assertThat(summary.status()).isEqualTo(ConversationStatus.CHECKING);
        assertThat(summary.text()).contains("3. Woont er al iemand op dit adres? ja", "4. Naam van de bewoner: K. de Bruin");
        ConversationTurn sent = conversation.answer("ja");
        assertThat(sent.data().at("/naam_hoofdbewoner").asText()).isEqualTo("K. de Bruin");
        assertThat(sent.data().at("/medeverhuizers")).hasSize(2);
    }

    @Test
    void asksAgainWhenTheDeclarationIsNotAccepted() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        String[] untilDeclaration = java.util.Arrays.copyOf(MOVING_ANSWERS, MOVING_ANSWERS.length - 1);
        say(conversation, untilDeclaration);

        ConversationTurn refused = conversation.answer("nee");

        assertThat(refused.texts()).startsWith("U kunt pas verder als u akkoord gaat met deze verklaring.",
                "Probeer het nog een keer.", "Ik verklaar dat ik alles naar waarheid heb ingevuld.");
        assertThat(refused.status()).isEqualTo(ConversationStatus.ASKING);
    }

    @Test
    void refusesAStateOfAnotherForm() {
        ConversationState state = Conversation.start(moving, Language.NL, FIXED).state();

        assertThatThrownBy(() -> Conversation.resume(idCard, state, FIXED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verhuizing");
    }

    @Test
    void saysTheFormIsAlreadySentAfterSubmission() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);
        say(conversation, MOVING_ANSWERS);
        ObjectNode sent = conversation.answer("ja").data();

        ConversationTurn after = conversation.answer("ja");

        assertThat(after.texts()).containsExactly("Uw formulier is al verstuurd. Dank u wel.");
        assertThat(after.data()).isEqualTo(sent);
    }
}

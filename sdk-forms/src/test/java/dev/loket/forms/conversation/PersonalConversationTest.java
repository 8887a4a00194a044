package dev.loket.forms.conversation;

import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.loket.forms.conversation.ConversationTest.FIXED;
import static dev.loket.forms.conversation.ConversationTest.say;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logged-in person's conversation (issue 16, finding 17): what their login determines (their BSN,
 * what the registers gave for them) is answered already, read back before they confirm, and never
 * asked or changed by anything they say.
 */
class PersonalConversationTest {

    private static final String SUZANNE = "999993653";
    private static final String SOMEONE_ELSE = "999993872";
    private static final String BOUND = "{\"voornamen\": \"Suzanne\", \"achternaam\": \"Moulin\", "
            + "\"geboortedatum\": \"1985-12-01\", \"bsn\": \"" + SUZANNE + "\"}";
    /** The ID card form after theft, without the questions the login answers. */
    private static final String[] OWN_ANSWERS = {"gestolen", "klopt", "gisteren", "overslaan", "overslaan",
            "06-12345678", "nee", "contant", "ja"};

    private final FormDefinition idCard = ExampleForms.definition("aanvraag-identiteitskaart-verlies");

    private Conversation suzannes(Language language) {
        return Conversation.startFor(idCard, language, FIXED, BOUND, BOUND);
    }

    @Test
    void neverAsksForTheAnswersBoundToTheLoginButReadsThemBackBeforeSending() {
        Conversation conversation = suzannes(Language.NL);

        ConversationTurn summary = say(conversation, OWN_ANSWERS);
        ConversationTurn sent = conversation.answer("ja");

        assertThat(summary.status()).as(summary.text()).isEqualTo(ConversationStatus.CHECKING);
        assertThat(conversation.state().transcript()).filteredOn(l -> l.who() == TranscriptLine.Speaker.LOKET)
                .extracting(TranscriptLine::text).noneMatch(t -> t.startsWith("Burgerservicenummer"))
                .noneMatch(t -> t.startsWith("Voornamen")).noneMatch(t -> t.startsWith("Geboortedatum"));
        assertThat(summary.text()).contains("Voornamen: Suzanne", "Achternaam: Moulin", SUZANNE);
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        assertThat(sent.data().at("/bsn").asText()).isEqualTo(SUZANNE);
        assertThat(sent.data().at("/achternaam").asText()).isEqualTo("Moulin");
    }

    @Test
    void refusesToChangeABoundAnswerChosenFromTheSummaryInPlainWordsAndFilesTheLoginsBsn() {
        Conversation conversation = suzannes(Language.NL);
        ConversationTurn summary = say(conversation, OWN_ANSWERS);

        conversation.answer("nee");
        ConversationTurn refused = conversation.answer(lineOf(summary, "Burgerservicenummer"));
        ConversationTurn typed = conversation.answer(SOMEONE_ELSE);
        say(conversation, lineOf(summary, "Telefoonnummer"), "06-87654321");
        ConversationTurn sent = conversation.answer("ja");

        assertThat(refused.status()).isEqualTo(ConversationStatus.CHOOSING_CHANGE);
        assertThat(refused.texts()).singleElement().asString()
                .startsWith("Het antwoord bij \"Burgerservicenummer (BSN)\" komt van uw inlog en kunt u niet veranderen.");
        assertThat(typed.status()).as("a typed BSN is no answer here").isEqualTo(ConversationStatus.CHOOSING_CHANGE);
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        assertThat(sent.data().at("/bsn").asText()).isEqualTo(SUZANNE);
        assertThat(sent.data().at("/telefoon").asText()).isEqualTo("+31687654321");
    }

    @Test
    void saysInEnglishThatABoundAnswerComesFromTheLogin() {
        Conversation conversation = suzannes(Language.EN);
        ConversationTurn summary = say(conversation, "stolen", "yes", "yesterday", "skip", "skip", "06-12345678",
                "no", "cash", "yes");

        conversation.answer("no");
        ConversationTurn refused = conversation.answer(lineOf(summary, "Citizen service"));

        assertThat(refused.texts()).singleElement().asString().contains("comes from your login and cannot be changed");
    }

    @Test
    void goingBackSkipsTheBoundAnswers() {
        Conversation conversation = suzannes(Language.NL);
        say(conversation, "gestolen", "klopt", "gisteren", "overslaan");

        ConversationTurn back = conversation.answer("terug");

        assertThat(back.text()).contains("Wilt u iets vertellen over wat er gebeurde?");
        conversation.answer("overslaan");
        assertThat(conversation.answer("terug").text()).as("back from the email question: past the bound ones")
                .contains("Wilt u iets vertellen over wat er gebeurde?").doesNotContain("Burgerservicenummer");
    }

    @Test
    void putsTheLoginsAnswersBackOverAStoredConversationThatHoldsOthers() {
        Conversation anonymous = Conversation.start(idCard, Language.NL, FIXED);
        say(anonymous, "gestolen", "klopt", "gisteren", "overslaan", "Fatima", "El Amrani", "12 april 1979");
        ConversationState atTheBsn = anonymous.state();

        Conversation resumed = Conversation.resumeFor(idCard, atTheBsn, FIXED, BOUND);
        ConversationTurn afterTypedBsn = resumed.answer(SOMEONE_ELSE);
        ConversationTurn summary = say(resumed, "overslaan", "06-12345678", "nee", "contant", "ja");
        ConversationTurn sent = resumed.answer("ja");

        assertThat(afterTypedBsn.data().at("/bsn").asText()).isEqualTo(SUZANNE);
        assertThat(summary.text()).contains("Voornamen: Suzanne").doesNotContain("Fatima").doesNotContain(SOMEONE_ELSE);
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
        assertThat(sent.data().at("/bsn").asText()).isEqualTo(SUZANNE);
        assertThat(sent.data().at("/voornamen").asText()).isEqualTo("Suzanne");
    }

    /** The number of the summary line that reads back this label. */
    private static String lineOf(ConversationTurn summary, String label) {
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. " + Pattern.quote(label)).matcher(summary.text());
        assertThat(line.find()).as(summary.text()).isTrue();
        return line.group(1);
    }
}

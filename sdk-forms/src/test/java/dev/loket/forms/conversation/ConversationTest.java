package dev.loket.forms.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loket.core.Language;
import dev.loket.forms.ExampleForms;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.logic.LogicContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 22 November 2026, so "within 4 weeks" and ages are fixed. */
    static final LogicContext FIXED = new LogicContext(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), AMSTERDAM), AMSTERDAM);

    private final FormDefinition moving = ExampleForms.definition("verhuizing");
    private final FormDefinition idCard = ExampleForms.definition("aanvraag-identiteitskaart-verlies");

    static ConversationTurn say(Conversation conversation, String... answers) {
        ConversationTurn turn = conversation.lastTurn();
        for (String answer : answers) {
            turn = conversation.answer(answer);
        }
        return turn;
    }

    static String script(Conversation conversation) {
        StringBuilder script = new StringBuilder();
        conversation.state().transcript().forEach(l -> script.append(l.who()).append(": ").append(l.text()).append('\n'));
        return script.toString();
    }

    @Test
    void completesMovingHouseWithTwoCoMoversInDutch() {
        Conversation conversation = Conversation.start(moving, Language.NL, FIXED);

        ConversationTurn end = say(conversation,
                "1 december 2026", "1234ab", "12a", "nee",
                "ja", "Jan", "Jansen", "3-4-1990", "jan@voorbeeld.nl",
                "ja", "Pien", "Jansen", "12/06/2015", "nee",
                "ik@voorbeeld.nl", "overslaan", "ja");
        System.out.println(script(conversation));
        assertThat(end.status()).isEqualTo(ConversationStatus.CHECKING);
        ConversationTurn sent = conversation.answer("ja");
        assertThat(sent.status()).isEqualTo(ConversationStatus.SUBMITTED);
    }
}

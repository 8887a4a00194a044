package dev.loket.catalogue.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.catalogue.internal.eligibility.Decision;
import dev.loket.catalogue.internal.eligibility.Decision.Outcome;
import dev.loket.core.Json;
import dev.loket.forms.logic.LogicContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three-valued rules: what is decided from the facts given, and what is not. */
class DecisionTest {

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    private static Outcome decide(String rule, String facts) throws Exception {
        JsonNode data = json(facts);
        return Decision.of(json(rule)).decide(data, data::hasNonNull, LogicContext.system());
    }

    private static final String ADULT_WITH_LOW_INCOME =
            "{\"and\": [{\">=\": [{\"var\": \"age\"}, 18]}, {\"<\": [{\"var\": \"income\"}, 100]}]}";

    @Test
    void anAndIsNoAsSoonAsOneKnownPartIsNo() throws Exception {
        assertThat(decide(ADULT_WITH_LOW_INCOME, "{\"age\": 12}")).isEqualTo(Outcome.NO);
        assertThat(decide(ADULT_WITH_LOW_INCOME, "{\"age\": 30}")).isEqualTo(Outcome.UNKNOWN);
        assertThat(decide(ADULT_WITH_LOW_INCOME, "{\"age\": 30, \"income\": 99.99}")).isEqualTo(Outcome.YES);
        assertThat(decide(ADULT_WITH_LOW_INCOME, "{\"age\": 30, \"income\": 100}")).isEqualTo(Outcome.NO);
    }

    @Test
    void anOrIsYesAsSoonAsOneKnownPartIsYes() throws Exception {
        String rule = "{\"or\": [{\"<\": [{\"var\": \"age\"}, 18]}, {\"==\": [{\"var\": \"student\"}, true]}]}";
        assertThat(decide(rule, "{\"age\": 12}")).isEqualTo(Outcome.YES);
        assertThat(decide(rule, "{\"age\": 30}")).isEqualTo(Outcome.UNKNOWN);
        assertThat(decide(rule, "{\"age\": 30, \"student\": false}")).isEqualTo(Outcome.NO);
    }

    @Test
    void aNegationOfUnknownIsUnknown() throws Exception {
        String rule = "{\"!\": [{\"<\": [{\"var\": \"income\"}, 100]}]}";
        assertThat(decide(rule, "{}")).isEqualTo(Outcome.UNKNOWN);
        assertThat(decide(rule, "{\"income\": 150}")).isEqualTo(Outcome.YES);
    }

    @Test
    void aMissingFactIsNeverReadAsNull() throws Exception {
        // json-logic-js: null < 100 is true. Loket must not tell a person "yes" from what they did not say.
        assertThat(decide("{\"<\": [{\"var\": \"income\"}, 100]}", "{}")).isEqualTo(Outcome.UNKNOWN);
        assertThat(decide("{\"<\": [{\"var\": \"income\"}, 100]}", "{\"income\": null}")).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void saysWhichFactsAreMissing() throws Exception {
        Decision decision = Decision.of(json(ADULT_WITH_LOW_INCOME));
        assertThat(decision.facts()).containsExactlyInAnyOrder("age", "income");
        assertThat(decision.missing(name -> name.equals("age"))).containsExactly("income");
    }

    @Test
    void aRuleWithoutFactsIsDecidedByItself() throws Exception {
        assertThat(decide("{\"==\": [1, 1]}", "{}")).isEqualTo(Outcome.YES);
        assertThat(decide("{\"if\": [{\"var\": \"a\"}, true, false]}", "{\"a\": \"\"}")).isEqualTo(Outcome.NO);
    }
}

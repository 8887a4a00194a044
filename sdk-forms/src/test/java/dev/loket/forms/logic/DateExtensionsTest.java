package dev.loket.forms.logic;

import static dev.loket.forms.logic.LogicJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The {@code loket.*} date operators of spec/json-logic-extensions.md, on a fixed clock. */
class DateExtensionsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 23:30 UTC on New Year's Eve is already New Year's Day in Amsterdam. */
    private static final LogicContext NEW_YEAR = new LogicContext(
            Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), ZoneOffset.UTC), AMSTERDAM);

    private static JsonNode evaluate(String rule, String data) {
        return JsonLogic.compile(json(rule)).evaluate(json(data), NEW_YEAR);
    }

    @Test
    void givesTodayInTheZoneOfTheContext() {
        assertThat(evaluate("{\"loket.today\": []}", "null").textValue()).isEqualTo("2025-01-01");
        LogicContext utc = new LogicContext(NEW_YEAR.clock(), ZoneOffset.UTC);
        assertThat(JsonLogic.compile(json("{\"loket.today\": []}")).evaluate(json("null"), utc).textValue())
                .isEqualTo("2024-12-31");
    }

    @Test
    void countsAgeInWholeYearsOnTheBirthday() {
        String rule = "{\"loket.age\": [{\"var\": \"born\"}, {\"var\": \"on\"}]}";
        assertThat(evaluate(rule, "{\"born\": \"2006-06-15\", \"on\": \"2024-06-14\"}").asInt()).isEqualTo(17);
        assertThat(evaluate(rule, "{\"born\": \"2006-06-15\", \"on\": \"2024-06-15\"}").asInt()).isEqualTo(18);
        assertThat(evaluate("{\"loket.age\": [\"2007-01-01\"]}", "null").asInt()).isEqualTo(18);
        assertThat(evaluate("{\"loket.age\": [\"2007-01-02\"]}", "null").asInt()).isEqualTo(17);
    }

    @Test
    void letsALeapDayChildAgeOnTheFirstOfMarch() {
        String rule = "{\"loket.age\": [\"2004-02-29\", {\"var\": \"on\"}]}";
        assertThat(evaluate(rule, "{\"on\": \"2022-02-28\"}").asInt()).isEqualTo(17);
        assertThat(evaluate(rule, "{\"on\": \"2022-03-01\"}").asInt()).isEqualTo(18);
    }

    @Test
    void addsIsoPeriodsIncludingNegativeOnes() {
        assertThat(evaluate("{\"loket.date_add\": [\"2006-06-15\", \"P18Y\"]}", "null").textValue())
                .isEqualTo("2024-06-15");
        assertThat(evaluate("{\"loket.date_add\": [\"2024-03-31\", \"-P1M\"]}", "null").textValue())
                .isEqualTo("2024-02-29");
        assertThat(evaluate("{\"loket.date_add\": [\"2024-01-01\", \"P2W\"]}", "null").textValue())
                .isEqualTo("2024-01-15");
    }

    @Test
    void countsWholeDaysMonthsAndYearsBetweenDates() {
        assertThat(evaluate("{\"loket.date_diff\": [\"2024-01-31\", \"2024-03-01\", \"days\"]}", "null").asInt())
                .isEqualTo(30);
        assertThat(evaluate("{\"loket.date_diff\": [\"2024-01-31\", \"2024-03-01\", \"months\"]}", "null").asInt())
                .isEqualTo(1);
        assertThat(evaluate("{\"loket.date_diff\": [\"2024-03-01\", \"2020-03-02\", \"years\"]}", "null").asInt())
                .isEqualTo(-3);
    }

    @Test
    void comparesCalendarDates() {
        assertThat(evaluate("{\"loket.before\": [\"2024-01-01\", \"2024-01-02\"]}", "null").booleanValue()).isTrue();
        assertThat(evaluate("{\"loket.after\": [\"2024-01-01\", \"2024-01-02\"]}", "null").booleanValue()).isFalse();
        assertThat(evaluate("{\"loket.same_date\": [\"2024-01-01\", {\"loket.today\": []}]}", "null")
                .booleanValue()).isFalse();
        assertThat(evaluate("{\"loket.same_date\": [\"2025-01-01\", {\"loket.today\": []}]}", "null")
                .booleanValue()).isTrue();
    }

    @Test
    void givesNullForInvalidDatesInTheData() {
        for (String value : new String[] {"\"2023-02-29\"", "\"15-06-2006\"", "\"\"", "null", "20060615", "[]",
                "\"2006-06-15T10:00:00Z\""}) {
            String data = "{\"d\": " + value + "}";
            assertThat(evaluate("{\"loket.age\": [{\"var\": \"d\"}]}", data).isNull()).as(value).isTrue();
            assertThat(evaluate("{\"loket.date_add\": [{\"var\": \"d\"}, \"P1D\"]}", data).isNull()).isTrue();
            assertThat(evaluate("{\"loket.before\": [{\"var\": \"d\"}, \"2024-01-01\"]}", data).isNull()).isTrue();
            assertThat(evaluate("{\"loket.date_diff\": [\"2024-01-01\", {\"var\": \"d\"}, \"days\"]}", data)
                    .isNull()).isTrue();
        }
        assertThat(evaluate("{\"loket.date_add\": [\"2024-01-01\", \"18 years\"]}", "null").isNull()).isTrue();
        assertThat(evaluate("{\"loket.date_add\": [\"2024-01-01\", \"P999999999Y\"]}", "null").isNull()).isTrue();
        assertThat(evaluate("{\"loket.date_diff\": [\"2024-01-01\", \"2024-01-02\", {\"var\": \"u\"}]}",
                "{\"u\": \"weeks\"}").isNull()).isTrue();
    }

    @Test
    void rejectsAWrittenUnitOtherThanDaysMonthsOrYears() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"loket.date_diff\": [\"2024-01-01\", \"2024-01-02\", \"weeks\"]}")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("\"days\", \"months\" or \"years\"")
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/loket.date_diff/2");
    }

    @Test
    void rejectsTheWrongNumberOfArguments() {
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"or\": [true, {\"loket.age\": []}]}")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("takes 1 or 2 arguments but has 0")
                .extracting(e -> ((InvalidRuleException) e).pointer()).isEqualTo("/or/1");
        assertThatThrownBy(() -> JsonLogic.compile(json("{\"loket.today\": [\"2024-01-01\"]}")))
                .isInstanceOf(InvalidRuleException.class).hasMessageContaining("takes 0 arguments");
    }

    @Test
    void readsNothingButItsArgumentsFromTheData() {
        Rule rule = JsonLogic.compile(json("{\"loket.age\": [{\"var\": \"applicant.birthDate\"}]}"));
        assertThat(rule.variables()).containsExactly("applicant.birthDate");
    }
}

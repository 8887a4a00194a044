package dev.loket.forms.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The official JSON Logic test suite (jsonlogic.com/tests.json): every case must pass. */
class OfficialSuiteTest {

    @TestFactory
    List<DynamicTest> passesEveryCaseOfTheOfficialSuite() {
        JsonNode suite = LogicJson.read(LogicJson.sharedData().resolve("jsonlogic-official/tests.json"));
        List<DynamicTest> tests = new ArrayList<>();
        String section = "";
        for (JsonNode entry : suite) {
            if (entry.isTextual()) {
                section = entry.textValue(); // comments name the section
                continue;
            }
            JsonNode rule = entry.get(0);
            JsonNode data = entry.get(1);
            JsonNode expected = entry.get(2);
            tests.add(DynamicTest.dynamicTest(section + " " + rule + " on " + data, () -> {
                JsonNode actual = JsonLogic.apply(rule, data);
                assertThat(LogicJson.sameValue(actual, expected))
                        .as("%s on %s gave %s, expected %s", rule, data, actual, expected).isTrue();
            }));
        }
        assertThat(tests).hasSize(277);
        return tests;
    }
}

package dev.loket.portal.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on the page the browser shows, with the WCAG 2.2 A and AA rules: no violation allowed. */
final class Axe {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Axe() {
    }

    static void assertNoViolations(WebDriver browser, String what) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        assertThat(results.getPasses()).as("axe-core really ran on " + what).isNotEmpty();
        assertThat(results.getViolations()).as(what + ":\n" + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}

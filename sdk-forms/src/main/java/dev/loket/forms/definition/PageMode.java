package dev.loket.forms.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the web channel divides a form into pages. The author decides, because it depends on the
 * people the form is for: one question per page (the GOV.UK pattern) is easiest for people who find
 * forms hard; a step per page suits short, related questions such as an address.
 */
public enum PageMode {
    /** Every step is one page. The default. */
    STEP("step"),
    /** Every question of a step is a page of its own; texts go with the question after them. */
    QUESTION("question");

    private final String jsonName;

    PageMode(String jsonName) {
        this.jsonName = jsonName;
    }

    /** What a definition's {@code pages} says. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<PageMode> fromJson(String name) {
        return Arrays.stream(values()).filter(m -> m.jsonName.equals(name)).findFirst();
    }
}

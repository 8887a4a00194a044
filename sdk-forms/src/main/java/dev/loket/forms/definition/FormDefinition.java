package dev.loket.forms.definition;

import java.util.List;
import java.util.Objects;

/**
 * A form as its author defined it, checked and with every rule compiled: the one source from
 * which every channel (web, counter, conversation, paper) serves the form. Made by
 * {@link FormDefinitions#parse}.
 *
 * @param formatVersion the version of the definition format ({@code "loket": "1.0"})
 * @param id            the form's id, e.g. {@code verhuizing}
 * @param version       the version of this form
 * @param title         the form's title
 * @param intro         what the person needs to know before starting
 * @param steps         the steps, in order
 * @param pages         how the web channel divides the steps into pages
 */
public record FormDefinition(String formatVersion, String id, String version, LocalizedText title,
                             LocalizedText intro, List<Step> steps, PageMode pages) {
    public FormDefinition {
        steps = List.copyOf(steps);
        Objects.requireNonNull(pages, "pages");
    }

    /** A form shown a step per page. */
    public FormDefinition(String formatVersion, String id, String version, LocalizedText title,
                          LocalizedText intro, List<Step> steps) {
        this(formatVersion, id, version, title, intro, steps, PageMode.STEP);
    }
}

package dev.loket.forms.definition;

import java.util.List;

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
 * @param steps         the pages, in order
 */
public record FormDefinition(String formatVersion, String id, String version, LocalizedText title,
                             LocalizedText intro, List<Step> steps) {
    public FormDefinition {
        steps = List.copyOf(steps);
    }
}

package dev.loket.forms.definition;

import java.util.List;
import java.util.Optional;

/**
 * A page of a form.
 *
 * @param key         stable name of the step, used in addresses ({@code /forms/x/steps/key})
 * @param pointer     JSON Pointer to the step in the definition
 * @param title       the page title
 * @param visibleWhen the step is skipped unless this rule is truthy
 * @param components  what the page asks
 */
public record Step(String key, String pointer, LocalizedText title, Optional<Condition> visibleWhen,
                   List<Component> components) {
    public Step {
        components = List.copyOf(components);
    }
}

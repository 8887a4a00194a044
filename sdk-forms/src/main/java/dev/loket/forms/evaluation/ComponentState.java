package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.definition.ComponentType;

import java.util.List;

/**
 * A component as a channel must show it now.
 *
 * @param key      the component's key
 * @param pointer  JSON Pointer of its value in the data
 * @param type     its type
 * @param visible  whether it is shown
 * @param required whether an answer is needed
 * @param value    its value (computed values already calculated); {@code null} node when empty
 * @param errors   what is wrong with the answer (none when hidden)
 * @param children nested components: of a fieldset, or of every item of a repeating group (pointers say which item)
 */
public record ComponentState(String key, String pointer, ComponentType type, boolean visible, boolean required,
                             JsonNode value, List<FieldMessage> errors, List<ComponentState> children) {
    public ComponentState {
        errors = List.copyOf(errors);
        children = List.copyOf(children);
    }
}

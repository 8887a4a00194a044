package dev.loket.forms.evaluation;

import java.util.List;

/**
 * A step as a channel must show it now.
 *
 * @param key        the step's key
 * @param visible    whether the step applies; invisible steps are skipped
 * @param complete   visible and without errors
 * @param components its components
 */
public record StepState(String key, boolean visible, boolean complete, List<ComponentState> components) {
    public StepState {
        components = List.copyOf(components);
    }
}

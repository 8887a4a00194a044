package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of a form for some data: per step and component whether it is shown and required,
 * its value and what is wrong, plus where to go next. The same answer for every channel.
 *
 * @param steps the steps, in order
 * @param data  the data with computed values filled in
 */
public record Evaluation(List<StepState> steps, ObjectNode data) {

    public Evaluation {
        steps = List.copyOf(steps);
    }

    public Optional<StepState> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The first visible step after {@code key}; empty after the last. */
    public Optional<String> nextStep(String key) {
        boolean passed = false;
        for (StepState step : steps) {
            if (passed && step.visible()) {
                return Optional.of(step.key());
            }
            passed |= step.key().equals(key);
        }
        return Optional.empty();
    }

    /** The last visible step before {@code key}; empty before the first. */
    public Optional<String> previousStep(String key) {
        String previous = null;
        for (StepState step : steps) {
            if (step.key().equals(key)) {
                return Optional.ofNullable(previous);
            }
            if (step.visible()) {
                previous = step.key();
            }
        }
        return Optional.empty();
    }

    /** The first visible step that is not complete: where a person resumes. */
    public Optional<String> firstIncompleteStep() {
        return steps.stream().filter(s -> s.visible() && !s.complete()).map(StepState::key).findFirst();
    }

    public boolean isComplete() {
        return firstIncompleteStep().isEmpty();
    }

    /** Every error in every visible step. */
    public List<FieldMessage> errors() {
        List<FieldMessage> errors = new ArrayList<>();
        steps.stream().filter(StepState::visible).forEach(s -> collect(s.components(), errors));
        return errors;
    }

    private static void collect(List<ComponentState> components, List<FieldMessage> into) {
        for (ComponentState component : components) {
            into.addAll(component.errors());
            collect(component.children(), into);
        }
    }
}

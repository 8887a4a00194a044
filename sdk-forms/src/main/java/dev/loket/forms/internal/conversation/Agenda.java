package dev.loket.forms.internal.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.ComponentState;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.StepState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the conversation says or asks for the data as it is now, in the order of the form:
 * visible steps and components only (as the evaluator decides), fieldsets opened up, repeating
 * groups unrolled per item. Made again after every answer, because an answer may show or hide
 * questions; positions are pointers, so they survive that.
 *
 * @param questions in order
 */
public record Agenda(List<Question> questions) {

    public Agenda {
        questions = List.copyOf(questions);
    }

    /**
     * @param finishedGroups pointers of repeating groups where the person said they want to add no more
     * @param bound          top-level keys of the answers bound to the person's login: read back, never asked
     */
    public static Agenda of(FormDefinition definition, Evaluation evaluation, ObjectNode data, Set<String> finishedGroups,
                            Set<String> bound) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            StepState step = evaluation.steps().get(i);
            if (step.visible()) {
                new Walk(i, finishedGroups, bound, questions).components(definition.steps().get(i).components(),
                        step.components(), data, "", null, -1);
            }
        }
        return new Agenda(questions);
    }

    public Optional<Question> at(String pointer) {
        return questions.stream().filter(q -> q.pointer().equals(pointer)).findFirst();
    }

    public int indexOf(String pointer) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).pointer().equals(pointer)) {
                return i;
            }
        }
        return -1;
    }

    /** The first thing still to do: an open question, or an item to add. */
    public Optional<Question> firstToDo() {
        return questions.stream().filter(q -> q.open() || q.kind() == Question.Kind.ADD).findFirst();
    }

    /** The question the person answered before the one at {@code pointer}; the last one when {@code pointer} is not here. */
    public Optional<Question> askedBefore(String pointer) {
        int index = indexOf(pointer);
        for (int i = (index < 0 ? questions.size() : index) - 1; i >= 0; i--) {
            if (questions.get(i).asks()) {
                return Optional.of(questions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The content said right before the question at {@code index} (or before the end, for {@code size()}). */
    public List<Question> contentBefore(int index) {
        int first = index;
        while (first > 0 && questions.get(first - 1).kind() == Question.Kind.CONTENT) {
            first--;
        }
        return questions.subList(first, index);
    }

    /** What is read back at the end: every answered question, an address once (at its postcode). */
    public List<Question> answered() {
        return questions.stream()
                .filter(q -> (q.kind() == Question.Kind.FIELD || q.kind() == Question.Kind.POSTCODE) && q.answered())
                .toList();
    }

    /** Walks definition and states side by side, as the evaluator made them. */
    private record Walk(int step, Set<String> finishedGroups, Set<String> bound, List<Question> into) {

        void components(List<Component> components, List<ComponentState> states, ObjectNode scope, String prefix,
                        Component group, int item) {
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                ComponentState state = states.get(i);
                if (state.visible()) {
                    component(c, state, scope, prefix, group, item);
                }
            }
        }

        private void component(Component c, ComponentState state, ObjectNode scope, String prefix, Component group, int item) {
            String pointer = prefix + "/" + c.key();
            // Bound answers are top-level components (a fieldset adds nothing to the pointer, a group does).
            boolean bindsLogin = group == null && bound.contains(c.key());
            switch (c.type()) {
                case FIELDSET -> components(c.components(), state.children(), scope, prefix, group, item);
                case CONTENT -> into.add(new Question(Question.Kind.CONTENT, c, pointer, step, group, item, false, false));
                case COMPUTED, HIDDEN, FILE -> {
                    // Never typed in; a file needs a channel that can carry bytes.
                }
                case ADDRESS -> {
                    // A skipped optional address is null: both parts are answered.
                    JsonNode address = scope.path(c.key());
                    boolean skipped = address.isNull();
                    into.add(new Question(Question.Kind.POSTCODE, c, pointer + "/postcode", step, group, item,
                            state.required(), skipped || address.has("postcode"), bindsLogin));
                    into.add(new Question(Question.Kind.HOUSE_NUMBER, c, pointer + "/houseNumber", step, group, item,
                            state.required(), skipped || address.has("houseNumber"), bindsLogin));
                }
                case REPEAT -> repeat(c, state, scope, pointer, group, item);
                default -> into.add(new Question(Question.Kind.FIELD, c, pointer, step, group, item, state.required(),
                        scope.has(c.key()), bindsLogin));
            }
        }

        private void repeat(Component c, ComponentState state, ObjectNode scope, String pointer, Component group, int item) {
            JsonNode items = scope.path(c.key());
            int perItem = c.components().size();
            int count = 0;
            for (JsonNode value : items) {
                if (value instanceof ObjectNode itemData) {
                    components(c.components(), state.children().subList(count * perItem, (count + 1) * perItem),
                            itemData, pointer + "/" + count, c, count);
                    count++;
                }
            }
            // An empty optional group asks first; once it has items, the evaluator wants the minimum.
            boolean belowMinimum = (state.required() || count > 0) && count < Math.max(1, c.minItems());
            if (belowMinimum) {
                into.add(new Question(Question.Kind.ADD, c, pointer + "/-", step, group, item, true, false));
            } else if (count < c.maxItems()) {
                into.add(new Question(Question.Kind.MORE, c, pointer + "/-", step, group, item, false,
                        finishedGroups.contains(pointer)));
            }
        }
    }
}

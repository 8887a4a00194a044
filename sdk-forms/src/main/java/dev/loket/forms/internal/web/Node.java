package dev.loket.forms.internal.web;

import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.evaluation.ComponentState;

import java.util.ArrayList;
import java.util.List;

/**
 * A component with its state for the current answers, and the same for what it holds: the pairs a
 * page is drawn from and its answers are read back into. The evaluator gives the states of a
 * repeating group's items as one list; here every item has its own.
 *
 * @param component what the definition says
 * @param state     what the evaluation says now
 * @param children  a fieldset's components
 * @param items     a repeating group's items
 */
record Node(Component component, ComponentState state, List<Node> children, List<Item> items) {

    /**
     * One item of a repeating group.
     *
     * @param index   its place in the list, from 0
     * @param pointer JSON Pointer of the item, e.g. {@code /medeverhuizers/1}
     */
    record Item(int index, String pointer, List<Node> children) {
    }

    static List<Node> pair(List<Component> components, List<ComponentState> states) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            ComponentState s = states.get(i);
            nodes.add(new Node(c, s, c.type() == ComponentType.FIELDSET ? pair(c.components(), s.children()) : List.of(),
                    c.type() == ComponentType.REPEAT ? items(c, s) : List.of()));
        }
        return nodes;
    }

    String pointer() {
        return state.pointer();
    }

    /** The evaluator skips items that are not objects; their places still count in the pointers. */
    private static List<Item> items(Component group, ComponentState state) {
        List<Item> items = new ArrayList<>();
        if (!state.value().isArray()) {
            return items;
        }
        int size = group.components().size();
        int chunk = 0;
        for (int i = 0; i < state.value().size(); i++) {
            if (state.value().get(i).isObject()) {
                List<ComponentState> children = state.children().subList(chunk * size, (chunk + 1) * size);
                items.add(new Item(i, state.pointer() + "/" + i, pair(group.components(), children)));
                chunk++;
            }
        }
        return items;
    }
}

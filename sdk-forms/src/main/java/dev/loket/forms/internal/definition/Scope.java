package dev.loket.forms.internal.definition;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys at one level of a form's data: the form itself, or the items of a repeating group
 * (where rules reach the current item as {@code row}). Fieldsets do not open a level.
 */
final class Scope {

    private final Scope parent;
    private final String path;
    private final Map<String, String> pointers = new HashMap<>();

    Scope(Scope parent, String name) {
        this.parent = parent;
        this.path = parent == null ? "" : parent.path(name);
    }

    void declare(String key, String pointer, DefinitionParser parser) {
        String earlier = pointers.putIfAbsent(key, pointer);
        if (earlier != null) {
            parser.problem(pointer + "/key", "duplicate-key",
                    "Another component at this level already has the key \"" + key + "\" (" + earlier + ")");
        }
    }

    /** The data path of a key at this level: {@code key} at the top, {@code group.key} in a repeating group. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean declares(String key) {
        return pointers.containsKey(key);
    }

    boolean isTop() {
        return parent == null;
    }

    Scope top() {
        return parent == null ? this : parent.top();
    }
}

package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the logic of {@code reduce} sees for each item: {@code {"current": item, "accumulator": value}}.
 * Building a real object (a hash map with two entries) per item cost more than the logic itself; this one
 * holds the two values in fields. It is read-only: nothing in the engine changes an object, and
 * {@link JsonValues#toJson} turns it into a plain object before it leaves the engine, so that a caller can
 * change the result as usual.
 */
// ObjectNode's own deepCopy() overrides JsonNode's generic one with an unchecked return; javac flags every
// subclass for it, and there is nothing to change here.
@SuppressWarnings("unchecked")
final class ReduceScope extends ObjectNode {

    private static final long serialVersionUID = 1L;

    /**
     * @param accumulator {@link JsCoercion#UNDEFINED} for none: an undefined property is no property
     */
    ReduceScope(JsonNode current, JsonNode accumulator) {
        super(JsonNodeFactory.instance, new Fields(current, accumulator.isMissingNode() ? null : accumulator));
    }

    /** The two fields, in the order json-logic-js writes them; put and remove fail. */
    private static final class Fields extends AbstractMap<String, JsonNode> {

        private final JsonNode current;
        /** Null when absent. */
        private final JsonNode accumulator;

        Fields(JsonNode current, JsonNode accumulator) {
            this.current = current;
            this.accumulator = accumulator;
        }

        @Override
        public JsonNode get(Object key) {
            return "current".equals(key) ? current : "accumulator".equals(key) ? accumulator : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return accumulator == null ? 1 : 2;
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> entrySet() {
            List<Map.Entry<String, JsonNode>> entries = accumulator == null ? List.of(Map.entry("current", current))
                    : List.of(Map.entry("current", current), Map.entry("accumulator", accumulator));
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, JsonNode>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }
    }
}

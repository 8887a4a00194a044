package dev.loket.forms.internal.conversation;

import dev.loket.forms.definition.Component;

/**
 * One thing the conversation says or asks, at one place in the data.
 *
 * @param kind     what it is
 * @param component the component it comes from (for {@link Kind#MORE} and {@link Kind#ADD}: the repeating group)
 * @param pointer  where the answer goes, as a JSON Pointer; for {@link Kind#MORE} and {@link Kind#ADD} the
 *                 group's pointer plus {@code /-} (JSON Pointer for "after the last item")
 * @param step     index of the step in the definition
 * @param group    the repeating group the question is in, or {@code null} outside a group
 * @param item     index of the item in that group, or -1
 * @param required whether an answer is needed now
 * @param answered whether the data already has an answer (possibly "skipped", stored as null)
 * @param bound    whether the answer is bound to the person's login (their BSN, what the registers gave for
 *                 them): read back, never asked, never changed
 */
public record Question(Kind kind, Component component, String pointer, int step, Component group, int item,
                       boolean required, boolean answered, boolean bound) {

    /** A question whose answer the person gives. */
    public Question(Kind kind, Component component, String pointer, int step, Component group, int item,
                    boolean required, boolean answered) {
        this(kind, component, pointer, step, group, item, required, answered, false);
    }

    /** The kinds of thing a conversation says or asks. */
    public enum Kind {
        /** A question about one component's value. */
        FIELD,
        /** The postcode of an address component; asked apart from the house number, as people say them. */
        POSTCODE,
        /** The house number of an address component. */
        HOUSE_NUMBER,
        /** "Do you want to add another?" for a repeating group. */
        MORE,
        /** An item a repeating group needs (fewer than its minimum): added without asking. */
        ADD,
        /** Text that is said, not asked. */
        CONTENT
    }

    /**
     * Whether the person answers it (content is only said, items below the minimum are added without asking,
     * an answer bound to the login is answered already and stays as it is).
     */
    public boolean asks() {
        return kind != Kind.CONTENT && kind != Kind.ADD && !bound;
    }

    /** Whether the conversation waits for it: it asks and is not answered yet. */
    public boolean open() {
        return asks() && !answered;
    }

    /** The pointer of the component's own value (for address parts: the address). */
    public String valuePointer() {
        return kind == Kind.POSTCODE || kind == Kind.HOUSE_NUMBER || kind == Kind.MORE || kind == Kind.ADD
                ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer;
    }
}

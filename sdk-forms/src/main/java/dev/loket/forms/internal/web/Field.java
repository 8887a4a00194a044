package dev.loket.forms.internal.web;

import java.util.List;

/**
 * A component as a page template draws it: everything already in the reader's language and escaped
 * by the template, nothing left to decide there but the markup.
 *
 * @param kind         which markup: {@code input}, {@code textarea}, {@code radios}, {@code select},
 *                     {@code checkbox}, {@code checkboxes}, {@code declaration}, {@code address},
 *                     {@code fieldset}, {@code repeat}, {@code content}, {@code computed}, {@code file}
 * @param id           the element id; the error summary links to {@link #anchor()}
 * @param name         the form field's name: the answer's JSON Pointer
 * @param label        the question
 * @param hint         the author's help text, empty when none
 * @param format       how to write the answer ("Bijvoorbeeld: 17-3-1985"), empty when obvious
 * @param required     whether an answer is needed
 * @param value        the answer as the person typed or would type it
 * @param choices      the answers of a choice question
 * @param errors       what is wrong, shown at the field
 * @param children     the fields of a fieldset, or of an address (postcode, house number, street, city)
 * @param items        the items of a repeating group
 * @param addAction    for a repeating group that may grow: the action that adds an item
 * @param inputMode    the keyboard a phone shows ({@code numeric}, {@code decimal}, {@code email}, {@code tel}), or empty
 * @param autocomplete what the browser may fill in (WCAG 1.3.5), or empty
 * @param width        {@code narrow} for short answers such as a postcode, else empty
 */
public record Field(String kind, String id, String name, String label, String hint, String format, boolean required,
                    String value, List<Choice> choices, List<String> errors, List<Field> children, List<Item> items,
                    String addAction, String inputMode, String autocomplete, String width) {

    public Field {
        choices = List.copyOf(choices);
        errors = List.copyOf(errors);
        children = List.copyOf(children);
        items = List.copyOf(items);
    }

    /**
     * Where a link to this field lands: the first choice of radios or checkboxes, the first part of an
     * address, else the field itself.
     */
    public String anchor() {
        if (!choices.isEmpty() && !kind.equals("select")) {
            return choices.get(0).id();
        }
        return kind.equals("address") && !children.isEmpty() ? children.get(0).id() : id;
    }

    /** The ids of the texts that describe the field, for {@code aria-describedby}; empty when none. */
    public String describedBy() {
        StringBuilder ids = new StringBuilder();
        if (!hint.isEmpty()) {
            ids.append(id).append("-hint ");
        }
        if (!format.isEmpty()) {
            ids.append(id).append("-format ");
        }
        if (!errors.isEmpty()) {
            ids.append(id).append("-error");
        }
        return ids.toString().strip();
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    /**
     * One answer of a choice question.
     *
     * @param id      the radio's or checkbox's id
     * @param value   what is sent
     * @param label   what the person reads
     * @param checked whether it is the current answer
     */
    public record Choice(String id, String value, String label, boolean checked) {
    }

    /**
     * One item of a repeating group.
     *
     * @param legend       "Medeverhuizer 2"
     * @param removeAction the action that removes it, empty when the group may not shrink
     * @param fields       its questions
     */
    public record Item(String legend, String removeAction, List<Field> fields) {
        public Item {
            fields = List.copyOf(fields);
        }
    }
}

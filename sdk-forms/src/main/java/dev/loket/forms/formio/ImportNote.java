package dev.loket.forms.formio;

import java.util.Objects;

/**
 * Something in a Form.io form that the import did not carry over as it was: a property without a
 * Loket equivalent, JavaScript that cannot run, a key that had to be renamed, a component that was
 * dropped. Nothing is dropped without a note.
 *
 * @param formioPointer JSON Pointer (RFC 6901) into the Form.io input: to the property when the
 *                      note is about one, to the component or form when it is about the whole
 * @param property      the property relative to its component, dotted for nested ones
 *                      ({@code validate.custom}); empty when the note is about the whole component
 * @param reason        what happened and why, for the person reviewing the import (English)
 */
public record ImportNote(String formioPointer, String property, String reason) {

    public ImportNote {
        Objects.requireNonNull(formioPointer, "formioPointer");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return formioPointer + (property.isEmpty() ? "" : " [" + property + "]") + ": " + reason;
    }
}

package dev.loket.forms.evaluation;

import java.util.List;

/**
 * Something wrong with one answer, ready to show.
 *
 * @param pointer JSON Pointer into the form's data, e.g. {@code /medeverhuizers/0/geboortedatum}
 * @param key     stable message key, e.g. {@code validation.postcode.type}; {@code validation.custom} for an author's rule
 * @param params  the values filled into the message
 * @param message the message in the requested language
 */
public record FieldMessage(String pointer, String key, List<Object> params, String message) {
    public FieldMessage {
        params = List.copyOf(params);
    }
}

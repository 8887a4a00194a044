package dev.loket.forms.definition;

/**
 * One thing wrong with a form definition.
 *
 * @param pointer JSON Pointer (RFC 6901) into the definition
 * @param code    stable code, e.g. {@code unknown-type}, {@code duplicate-key}
 * @param message what is wrong, for the form's author (English)
 */
public record DefinitionProblem(String pointer, String code, String message) {
    @Override
    public String toString() {
        return pointer + ": " + message + " [" + code + "]";
    }
}

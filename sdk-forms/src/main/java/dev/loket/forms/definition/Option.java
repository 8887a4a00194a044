package dev.loket.forms.definition;

/**
 * One choice of a radio, select or multi-checkbox component.
 *
 * @param value what is stored
 * @param label what the person reads
 */
public record Option(String value, LocalizedText label) {
}

package dev.loket.forms.definition;

/**
 * An author's own check on a value: the rule must be truthy, otherwise the message is shown.
 *
 * @param condition the rule; it sees the form's data (and {@code row} inside a repeating group)
 * @param message   what to tell the person, per language
 */
public record CustomRule(Condition condition, LocalizedText message) {
}

package dev.loket.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.Rule;

/**
 * A JSON Logic rule of a form, compiled once, kept with its source so it can be shown, exported
 * and compared.
 *
 * @param source the rule as written
 * @param rule   the compiled rule
 */
public record Condition(JsonNode source, Rule rule) {
}

package dev.loket.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * One component of a form: an input, a group, or text for the reader.
 *
 * @param type          what kind of component
 * @param key           the name of its value in the form's data, unique within its level
 * @param pointer       JSON Pointer to this component in the definition, for messages about it
 * @param label         the question or title
 * @param hint          help below the label
 * @param required      whether a value is needed: always, never, or when a rule says so
 * @param visibleWhen   shown only when this rule is truthy; always shown when absent
 * @param defaultValue  the value before the person answers
 * @param validation    checks beyond the type
 * @param prefill       where the value may be prefilled from
 * @param clearOnHide   whether a hidden component's value is removed from what is submitted
 * @param options       choices of radio, select, multi-checkbox
 * @param components    nested components of a fieldset or repeating group
 * @param minItems      fewest items of a repeating group
 * @param maxItems      most items of a repeating group
 * @param file          what a file upload accepts
 * @param compute       the rule of a computed component
 * @param content       the text of a content component or the statement of a declaration
 * @param paymentMethods the methods a payment choice offers (catalogue names, e.g. {@code CASH})
 */
public record Component(ComponentType type, String key, String pointer, LocalizedText label, LocalizedText hint,
                        Requirement required, Optional<Condition> visibleWhen, Optional<JsonNode> defaultValue,
                        Validation validation, Optional<Prefill> prefill, boolean clearOnHide, List<Option> options,
                        List<Component> components, int minItems, int maxItems, FileRules file,
                        Optional<Condition> compute, LocalizedText content, List<String> paymentMethods) {

    public Component {
        options = List.copyOf(options);
        components = List.copyOf(components);
        paymentMethods = List.copyOf(paymentMethods);
    }

    /**
     * Whether a value is needed: a fixed answer or a rule.
     *
     * @param always    fixed answer, when there is no rule
     * @param condition the rule, when the answer depends on the data
     */
    public record Requirement(boolean always, Optional<Condition> condition) {
        public static final Requirement OPTIONAL = new Requirement(false, Optional.empty());
        public static final Requirement REQUIRED = new Requirement(true, Optional.empty());
    }
}

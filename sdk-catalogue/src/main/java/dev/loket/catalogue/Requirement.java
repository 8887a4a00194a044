package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A condition for a service (CPSV-AP {@code holdsRequirement}): in words for people, and, where it
 * can be decided from facts, as a JSON Logic rule, so "wat kan ik krijgen?" can tell a person what
 * they may be entitled to and what is still unknown.
 *
 * @param text the condition in plain language ("U woont in de gemeente Utrecht")
 * @param rule a JSON Logic rule over named facts that is true when the condition is met
 */
public record Requirement(LocalizedText text, Optional<JsonLogicRule> rule) {

    public Requirement {
        Objects.requireNonNull(text, "A requirement's text is required");
        rule = Copies.optional(rule);
    }

    public static Requirement described(LocalizedText text) {
        return new Requirement(text, Optional.empty());
    }

    public static Requirement ruled(LocalizedText text, String jsonLogic) {
        return new Requirement(text, Optional.of(JsonLogicRule.parse(jsonLogic)));
    }

    /** The facts the rule needs; empty when the requirement has no rule. */
    public Set<String> facts() {
        return rule.map(JsonLogicRule::facts).orElse(Set.of());
    }
}

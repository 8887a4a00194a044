package dev.loket.catalogue.internal.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.JsonLogic;
import dev.loket.forms.logic.LogicContext;
import dev.loket.forms.logic.Rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An eligibility rule that can also say "I cannot tell yet". A rule that reads a fact the person did
 * not give is not false: JSON Logic would read the missing fact as {@code null} and, for example,
 * find {@code null < 100} true. So a part of a rule is only evaluated (by sdk-forms' engine) when
 * every fact it reads is known; {@code and}, {@code or} and {@code !} combine what is known as in
 * three-valued logic, so {@code age >= 18 and income < 100} is already "no" for a child whose
 * income is not known.
 */
public abstract sealed class Decision {

    /** What a rule says about a person. */
    public enum Outcome {
        YES, NO, UNKNOWN;

        Outcome not() {
            return this == YES ? NO : this == NO ? YES : UNKNOWN;
        }
    }

    /** Compiles a rule once; the result is immutable and thread-safe. */
    public static Decision of(JsonNode rule) {
        if (rule.isObject() && rule.size() == 1) {
            String operator = rule.fieldNames().next();
            JsonNode args = rule.get(operator);
            if ((operator.equals("and") || operator.equals("or")) && args.isArray() && !args.isEmpty()) {
                List<Decision> parts = new ArrayList<>();
                args.forEach(a -> parts.add(of(a)));
                return new Junction(operator.equals("and"), parts);
            }
            if (operator.equals("!") && (!args.isArray() || args.size() == 1)) {
                return new Negation(of(args.isArray() ? args.get(0) : args));
            }
        }
        return new Leaf(rule);
    }

    /** The outcome for these facts; {@code known} says whether a fact was given. */
    public abstract Outcome decide(JsonNode facts, Predicate<String> known, LogicContext context);

    /** Every fact the rule reads. */
    public abstract Set<String> facts();

    /** The facts that would have to be given for this rule to be decided, for these facts. */
    public Set<String> missing(Predicate<String> known) {
        Set<String> missing = new LinkedHashSet<>();
        for (String fact : facts()) {
            if (!known.test(fact)) {
                missing.add(fact);
            }
        }
        return missing;
    }

    private static final class Leaf extends Decision {
        private final Rule rule;
        private final Set<String> facts;

        Leaf(JsonNode node) {
            this.rule = JsonLogic.compile(node);
            // With computed paths the literal ones are not all it reads; the names in the tree are the best we know.
            this.facts = Set.copyOf(rule.hasDynamicVariables()
                    ? dev.loket.catalogue.JsonLogicRule.of(node).facts() : topLevel(rule.variables()));
        }

        private static Set<String> topLevel(Set<String> paths) {
            Set<String> names = new LinkedHashSet<>();
            paths.forEach(p -> names.add(p.split("\\.", 2)[0]));
            return names;
        }

        @Override
        public Outcome decide(JsonNode data, Predicate<String> known, LogicContext context) {
            for (String fact : facts) {
                if (!known.test(fact)) {
                    return Outcome.UNKNOWN;
                }
            }
            return truthy(rule.evaluate(data, context)) ? Outcome.YES : Outcome.NO;
        }

        @Override
        public Set<String> facts() {
            return facts;
        }
    }

    private static final class Junction extends Decision {
        private final boolean and;
        private final List<Decision> parts;
        private final Set<String> facts;

        Junction(boolean and, List<Decision> parts) {
            this.and = and;
            this.parts = List.copyOf(parts);
            Set<String> all = new LinkedHashSet<>();
            parts.forEach(p -> all.addAll(p.facts()));
            this.facts = Set.copyOf(all);
        }

        @Override
        public Outcome decide(JsonNode data, Predicate<String> known, LogicContext context) {
            Outcome decisive = and ? Outcome.NO : Outcome.YES;
            boolean unknown = false;
            for (Decision part : parts) {
                Outcome outcome = part.decide(data, known, context);
                if (outcome == decisive) {
                    return decisive;
                }
                unknown |= outcome == Outcome.UNKNOWN;
            }
            return unknown ? Outcome.UNKNOWN : decisive.not();
        }

        @Override
        public Set<String> facts() {
            return facts;
        }
    }

    private static final class Negation extends Decision {
        private final Decision inner;

        Negation(Decision inner) {
            this.inner = inner;
        }

        @Override
        public Outcome decide(JsonNode data, Predicate<String> known, LogicContext context) {
            return inner.decide(data, known, context).not();
        }

        @Override
        public Set<String> facts() {
            return inner.facts();
        }
    }

    /** JSON Logic's (JavaScript's) truthiness: false, null, 0, "" and [] are false. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue().signum() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isArray()) {
            return !value.isEmpty();
        }
        return true;
    }
}

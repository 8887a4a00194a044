package dev.loket.forms.logic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.LogicContext;

/** A node of a compiled rule. Immutable; evaluation has no side effects other than {@code log}. */
interface Expression {

    /**
     * @param data the current data: the rule's data, or the item inside {@code map} and friends
     * @param context clock and zone
     * @return the value; {@link JsCoercion#UNDEFINED} for JavaScript's undefined
     */
    JsonNode evaluate(JsonNode data, LogicContext context);

    /**
     * Whether the value is truthy ({@link JsCoercion#truthy}): what {@code if}, {@code !}, {@code filter}
     * and friends ask. Comparisons answer without building a JSON boolean first.
     */
    default boolean test(JsonNode data, LogicContext context) {
        return JsCoercion.truthy(evaluate(data, context));
    }

    /** Whether {@link #evaluate} gives the same value for any data, so the compiler may look at it. */
    default boolean isConstant() {
        return false;
    }

    /**
     * Whether {@link #evaluate} gives an equal value for any data, in any context and without side effects,
     * so that the compiler may evaluate it once (see {@link ComputedConstant}). Wider than
     * {@link #isConstant()}, which only covers values written as such in the rule.
     */
    default boolean isDataFree() {
        return isConstant();
    }
}

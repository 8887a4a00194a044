package dev.loket.forms.logic.internal;

import dev.loket.forms.logic.RuleBudgetExceededException;
import java.util.function.Supplier;

/**
 * The steps left to the evaluation running on this thread ({@link dev.loket.forms.logic.LogicBudget#maxSteps()}).
 * Expressions are immutable and shared between threads, so what one evaluation has used is kept per
 * thread for the length of that evaluation, not in the tree; an evaluation inside another (a rule that
 * evaluates a rule) gets its own count and gives the outer one back afterwards.
 */
final class Steps {

    private static final ThreadLocal<long[]> LEFT = new ThreadLocal<>();

    private Steps() {
    }

    /** Runs {@code evaluation} with {@code maxSteps} to spend. */
    static <T> T within(long maxSteps, Supplier<T> evaluation) {
        long[] outer = LEFT.get();
        long[] left = {maxSteps, maxSteps}; // steps left, and the budget for the message
        LEFT.set(left);
        try {
            return evaluation.get();
        } finally {
            if (outer == null) {
                LEFT.remove();
            } else {
                LEFT.set(outer);
            }
        }
    }

    /**
     * Spends {@code steps}; past the budget the evaluation stops.
     *
     * @throws RuleBudgetExceededException when fewer were left
     */
    static void spend(long steps) {
        long[] left = LEFT.get();
        if (left == null) {
            return; // not inside an evaluation with a budget: the compiler looking at a constant
        }
        left[0] -= steps;
        if (left[0] < 0) {
            throw new RuleBudgetExceededException(left[1]);
        }
    }
}

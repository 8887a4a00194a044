package dev.loket.forms.logic;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

/**
 * An evaluation that took more steps than its rule's {@link LogicBudget} allows, and was stopped. At an
 * HTTP edge it is the problem {@code forms/rule-budget-exceeded} (422): the rule cannot be decided for
 * this data, which is not a fault of the server.
 */
public final class RuleBudgetExceededException extends LoketException {

    private static final long serialVersionUID = 1L;

    /** The problem type at HTTP edges. */
    public static final ProblemType TYPE = ProblemType.of("forms/rule-budget-exceeded", 422, "dev.loket.forms.messages");

    /**
     * @param maxSteps the budget that was used up
     */
    public RuleBudgetExceededException(long maxSteps) {
        super(TYPE, Message.of("dev.loket.forms.messages", "forms.logic.budget-exceeded", String.valueOf(maxSteps)));
    }
}

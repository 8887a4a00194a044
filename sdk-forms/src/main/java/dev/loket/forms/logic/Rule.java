package dev.loket.forms.logic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * A compiled JSON Logic rule: parsed and checked once by {@link JsonLogic#compile(JsonNode)}, then
 * evaluated as often as needed, from any number of threads.
 */
public interface Rule {

    /**
     * Evaluates the rule on the system clock in {@code Europe/Amsterdam}.
     *
     * @param data the data the rule reads with {@code var}; Java {@code null} counts as JSON null
     * @return the result; never Java {@code null} (JSON null is {@code NullNode})
     * @throws RuleBudgetExceededException when the evaluation takes more steps than the rule's {@link LogicBudget}
     */
    JsonNode evaluate(JsonNode data);

    /**
     * Evaluates the rule in a given context (clock and zone for the {@code loket.*} date operators).
     *
     * @param data the data the rule reads with {@code var}; Java {@code null} counts as JSON null
     * @param context clock and zone
     * @return the result; never Java {@code null} (JSON null is {@code NullNode})
     * @throws RuleBudgetExceededException when the evaluation takes more steps than the rule's {@link LogicBudget}
     */
    JsonNode evaluate(JsonNode data, LogicContext context);

    /**
     * The literal data paths the rule reads: the paths of {@code var} (e.g. {@code applicant.age},
     * {@code items.0}) and the keys of {@code missing} and {@code missing_some}. Paths inside the logic of
     * {@code map}, {@code filter}, {@code reduce}, {@code all}, {@code none} and {@code some} are relative
     * to an item and therefore not included; the path of the array they iterate is.
     *
     * @return the paths in order of appearance, never null
     */
    Set<String> variables();

    /**
     * Whether {@link #variables()} is incomplete: some path is computed at run time (e.g.
     * {@code {"var": {"cat": ["a.", {"var": "i"}]}}}) or the rule reads the whole data with
     * {@code {"var": ""}}.
     *
     * @return true when the rule may read data outside {@link #variables()}
     */
    boolean hasDynamicVariables();
}

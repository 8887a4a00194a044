package dev.loket.forms.logic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.logic.internal.RuleCompiler;

/**
 * JSON Logic (<a href="https://jsonlogic.com">jsonlogic.com</a>) for form rules: visibility, validation
 * and calculations that run the same on every channel.
 *
 * <p>Semantics follow json-logic-js 2.0.5, including JavaScript truthiness and coercions, with two
 * deliberate differences: numbers are exact decimals (so {@code 0.1 + 0.2 == 0.3} and money adds up), and a
 * result that JavaScript would give as {@code NaN} or {@code Infinity} is JSON {@code null}. Form-specific
 * date operators are prefixed {@code loket.}; see {@code spec/json-logic-extensions.md}.
 *
 * <pre>{@code
 * Rule adult = JsonLogic.compile(mapper.readTree("{\">=\": [{\"loket.age\": [{\"var\": \"birthDate\"}]}, 18]}"));
 * boolean ok = adult.evaluate(answers).asBoolean();
 * }</pre>
 */
public final class JsonLogic {

    private JsonLogic() {
    }

    /**
     * Like json-logic-js {@code apply()}: compiles the rule and evaluates it once. Compile once with
     * {@link #compile(JsonNode)} when a rule is evaluated more than once.
     *
     * @param rule the rule; Java {@code null} counts as JSON null
     * @param data the data; Java {@code null} counts as JSON null
     * @return the result, never Java {@code null}
     * @throws InvalidRuleException when the rule is malformed or uses an unknown operator
     */
    public static JsonNode apply(JsonNode rule, JsonNode data) {
        return compile(rule).evaluate(data);
    }

    /**
     * Compiles a rule into an evaluation tree that is immutable and thread-safe.
     *
     * @param rule the rule; Java {@code null} counts as JSON null
     * @return the compiled rule
     * @throws InvalidRuleException when the rule is malformed, uses an unknown operator or is over the
     *     budget's static bounds ({@link LogicBudget#standard()}), with a JSON pointer to the problem
     */
    public static Rule compile(JsonNode rule) {
        return RuleCompiler.compile(rule);
    }

    /**
     * Compiles a rule that must keep {@code budget}: its size and nesting now, its steps on every evaluation
     * ({@link Rule#evaluate} throws {@link RuleBudgetExceededException} past them). {@link #compile(JsonNode)}
     * uses {@link LogicBudget#standard()}.
     *
     * @param rule the rule; Java {@code null} counts as JSON null
     * @param budget the bounds
     * @return the compiled rule
     * @throws InvalidRuleException when the rule is malformed, uses an unknown operator, or is over the budget
     */
    public static Rule compile(JsonNode rule, LogicBudget budget) {
        return RuleCompiler.compile(rule, budget);
    }
}

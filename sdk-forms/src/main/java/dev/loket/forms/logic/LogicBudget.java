package dev.loket.forms.logic;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * How much work a rule may be. A rule is written by a form's or a catalogue's author, and evaluated on
 * every request with data a person sends; without a limit, a few nested {@code reduce}s over a long
 * array make every request take seconds. Two bounds:
 *
 * <ul>
 *   <li>when the rule is compiled (so when a form or product is saved or loaded): at most
 *       {@code maxNodes} JSON values in the rule, and iterations ({@code map}, {@code filter},
 *       {@code reduce}, {@code all}, {@code none}, {@code some}) nested at most {@code maxIterationNesting}
 *       deep in each other's logic; a rule over either bound, or one whose data-free part alone needs more
 *       than {@code maxSteps}, is refused with an {@link InvalidRuleException};</li>
 *   <li>on every evaluation: at most {@code maxSteps} steps, where an iteration costs the size of its logic
 *       for each item, and {@code merge} and {@code cat} the size of what they build; past it evaluation stops
 *       with a {@link RuleBudgetExceededException}.</li>
 * </ul>
 *
 * <p>The defaults ({@link #DEFAULT}) are far above what a form or eligibility rule needs; operators change
 * them with {@code loket.forms.logic.max-nodes}, {@code .max-iteration-nesting} and {@code .max-steps}.
 *
 * @param maxNodes            the most JSON values (objects, arrays and scalars) a rule may have
 * @param maxIterationNesting how deep iterations may be nested in each other's logic
 * @param maxSteps            the most steps one evaluation may take
 */
public record LogicBudget(int maxNodes, int maxIterationNesting, long maxSteps) {

    /** 10,000 values, iterations 4 deep, a million steps (tens of milliseconds). */
    public static final LogicBudget DEFAULT = new LogicBudget(10_000, 4, 1_000_000);

    /**
     * @throws IllegalArgumentException when a bound is not positive
     */
    public LogicBudget {
        if (maxNodes < 1 || maxIterationNesting < 1 || maxSteps < 1) {
            throw new IllegalArgumentException("Every bound of a logic budget is at least 1, not " + maxNodes + ", "
                    + maxIterationNesting + ", " + maxSteps);
        }
    }

    /**
     * The budget of this application: {@link #DEFAULT}, with each bound that MicroProfile Config sets
     * ({@code loket.forms.logic.max-nodes}, {@code loket.forms.logic.max-iteration-nesting},
     * {@code loket.forms.logic.max-steps}). Read once.
     *
     * @return the configured budget
     */
    public static LogicBudget standard() {
        return Configured.BUDGET;
    }

    /** Read on first use, then fixed: rules are compiled on many paths that have no configuration at hand. */
    private static final class Configured {
        static final LogicBudget BUDGET = read();

        private static LogicBudget read() {
            try {
                var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
                return new LogicBudget(
                        config.getOptionalValue("loket.forms.logic.max-nodes", Integer.class).orElse(DEFAULT.maxNodes()),
                        config.getOptionalValue("loket.forms.logic.max-iteration-nesting", Integer.class)
                                .orElse(DEFAULT.maxIterationNesting()),
                        config.getOptionalValue("loket.forms.logic.max-steps", Long.class).orElse(DEFAULT.maxSteps()));
            } catch (IllegalStateException | LinkageError | java.util.ServiceConfigurationError e) {
                // No MicroProfile Config implementation (a plain Java program or a unit test): the defaults.
                Logger.getLogger(LogicBudget.class.getName()).fine(() -> "No MicroProfile Config; JSON Logic budget "
                        + DEFAULT + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse(""));
                return DEFAULT;
            }
        }
    }
}

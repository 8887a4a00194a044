package dev.loket.forms.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks on a component's value beyond its type.
 *
 * @param min       smallest number, amount, or (as ISO text) date
 * @param max       largest number, amount, or date
 * @param minLength fewest characters
 * @param maxLength most characters
 * @param pattern   regular expression the whole text must match
 * @param rules     the author's own checks
 */
public record Validation(Optional<String> min, Optional<String> max, Optional<Integer> minLength,
                         Optional<Integer> maxLength, Optional<Pattern> pattern, List<CustomRule> rules) {

    public static final Validation NONE = new Validation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public Validation {
        rules = List.copyOf(rules);
    }

    /** {@link #min()} as a number, for number and currency components. */
    public Optional<BigDecimal> minNumber() {
        return min.map(BigDecimal::new);
    }

    public Optional<BigDecimal> maxNumber() {
        return max.map(BigDecimal::new);
    }
}

package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Something about a person that eligibility rules read ({@code {"var": "age"}}), with the question
 * that asks for it and the words that say it is missing ("we need your income to tell").
 *
 * @param name    the name rules use
 * @param type    how it is written
 * @param label   the question
 * @param hint    help with the question
 * @param need    the fact as words in a sentence: "uw inkomen"
 * @param min     the lowest number allowed (numbers)
 * @param max     the highest number allowed (numbers)
 * @param options the answers to choose from (choices)
 * @param numeric whether a choice's values are numbers (an income bracket's upper bound)
 */
public record Fact(String name, Type type, LocalizedText label, Optional<LocalizedText> hint, LocalizedText need,
                   Optional<BigDecimal> min, Optional<BigDecimal> max, List<Option> options, boolean numeric) {

    public Fact {
        options = List.copyOf(options);
    }

    /** How a fact is written. */
    public enum Type {
        /** A decimal number ({@code 30}, {@code 39719.50}). */
        NUMBER,
        /** Yes or no. */
        BOOLEAN,
        /** One of {@link Fact#options()}. */
        CHOICE,
        /** A municipality's CBS code ({@code GM0344}). */
        MUNICIPALITY
    }

    /**
     * One answer to a choice.
     *
     * @param value what rules see
     * @param label what people see
     */
    public record Option(String value, LocalizedText label) {
    }
}

package dev.loket.forms.evaluation;

import dev.loket.core.Language;
import dev.loket.forms.logic.LogicContext;

/**
 * What an evaluation needs besides the form and the data.
 *
 * @param language the language of the messages
 * @param logic    clock and time zone for date rules ({@code loket.today}, {@code loket.age})
 */
public record EvaluationContext(Language language, LogicContext logic) {

    public static EvaluationContext of(Language language) {
        return new EvaluationContext(language, LogicContext.system());
    }
}

package dev.loket.forms.internal.web;

import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.Step;

import java.util.List;
import java.util.Optional;

/**
 * One page of a form on the web: a whole step, or, when the form asks a question per page, one
 * question of a step with the texts that lead up to it.
 *
 * @param step       the step the page belongs to
 * @param question   the key of the page's question when the form asks a question per page
 * @param components the step's top-level components on this page, in order
 */
public record WebPage(Step step, Optional<String> question, List<Component> components) {

    public WebPage {
        components = List.copyOf(components);
    }

    /** The page's address within the form: {@code steps/adres} or {@code steps/situatie/gebeurtenis}. */
    public String path() {
        return "steps/" + step.key() + question.map(q -> "/" + q).orElse("");
    }

    public boolean isAt(String stepKey, Optional<String> questionKey) {
        return step.key().equals(stepKey) && question.equals(questionKey);
    }
}

package dev.loket.forms.internal.web;

import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.definition.PageMode;
import dev.loket.forms.definition.Step;
import dev.loket.forms.evaluation.ComponentState;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.StepState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pages of a form, made once per definition, and which of them a person sees for their
 * answers: a page whose step or every question is hidden is skipped, as in every other channel.
 */
public final class PagePlan {

    private final List<WebPage> pages;

    public PagePlan(FormDefinition definition) {
        List<WebPage> all = new ArrayList<>();
        for (Step step : definition.steps()) {
            if (definition.pages() == PageMode.QUESTION) {
                all.addAll(questionPages(step));
            } else {
                all.add(new WebPage(step, Optional.empty(), step.components()));
            }
        }
        this.pages = List.copyOf(all);
    }

    /** The pages shown for these answers, in order. */
    public List<WebPage> visible(Evaluation evaluation) {
        return pages.stream().filter(p -> isVisible(p, evaluation)).toList();
    }

    /** The page at this address, if the form has it (shown or not). */
    public Optional<WebPage> find(String stepKey, Optional<String> question) {
        return pages.stream().filter(p -> p.isAt(stepKey, question)).findFirst();
    }

    /** The first page that is shown and has something to answer or fix: where a person continues. */
    public Optional<WebPage> firstIncomplete(Evaluation evaluation) {
        return visible(evaluation).stream().filter(p -> !states(p, evaluation).stream().allMatch(PagePlan::isSettled))
                .findFirst();
    }

    /** The page after {@code page} for these answers; empty after the last. */
    public Optional<WebPage> next(WebPage page, Evaluation evaluation) {
        List<WebPage> visible = visible(evaluation);
        int at = indexIn(pages, page);
        return visible.stream().filter(p -> indexIn(pages, p) > at).findFirst();
    }

    /** The page before {@code page} for these answers; empty before the first. */
    public Optional<WebPage> previous(WebPage page, Evaluation evaluation) {
        List<WebPage> visible = visible(evaluation);
        int at = indexIn(pages, page);
        WebPage previous = null;
        for (WebPage p : visible) {
            if (indexIn(pages, p) < at) {
                previous = p;
            }
        }
        return Optional.ofNullable(previous);
    }

    /**
     * The states of the page's components, in the page's order. A page holds a run of its step's
     * components, the same instances, so finding where the run starts is enough; comparing components
     * with {@code equals} would compare whole definitions, many times per request.
     */
    public static List<ComponentState> states(WebPage page, Evaluation evaluation) {
        StepState step = evaluation.step(page.step().key()).orElseThrow();
        if (page.components().isEmpty()) {
            return List.of();
        }
        List<Component> all = page.step().components();
        int first = 0;
        while (all.get(first) != page.components().get(0)) {
            first++;
        }
        return step.components().subList(first, first + page.components().size());
    }

    /**
     * A page per question: each visible input, fieldset or group is a page; texts and values nobody
     * types in (computed, hidden) join the page of the question after them, or of the last one.
     */
    private static List<WebPage> questionPages(Step step) {
        List<WebPage> result = new ArrayList<>();
        List<Component> waiting = new ArrayList<>();
        for (Component c : step.components()) {
            waiting.add(c);
            if (isQuestion(c)) {
                result.add(new WebPage(step, Optional.of(c.key()), waiting));
                waiting = new ArrayList<>();
            }
        }
        if (result.isEmpty()) {
            return List.of(new WebPage(step, Optional.empty(), step.components()));
        }
        if (!waiting.isEmpty()) {
            WebPage last = result.remove(result.size() - 1);
            List<Component> components = new ArrayList<>(last.components());
            components.addAll(waiting);
            result.add(new WebPage(step, last.question(), components));
        }
        return result;
    }

    private static boolean isQuestion(Component c) {
        return c.type() == ComponentType.FIELDSET
                || c.type().hasValue() && c.type() != ComponentType.COMPUTED && c.type() != ComponentType.HIDDEN;
    }

    private boolean isVisible(WebPage page, Evaluation evaluation) {
        StepState step = evaluation.step(page.step().key()).orElseThrow();
        if (!step.visible()) {
            return false;
        }
        if (page.question().isEmpty()) {
            return true;
        }
        // A question page is shown when its question is: texts that lead up to a hidden question go with it.
        List<ComponentState> states = states(page, evaluation);
        for (int i = 0; i < page.components().size(); i++) {
            if (page.components().get(i).key().equals(page.question().get())) {
                return states.get(i).visible();
            }
        }
        return true;
    }

    private static boolean isSettled(ComponentState state) {
        return !state.visible() || state.errors().isEmpty() && state.children().stream().allMatch(PagePlan::isSettled);
    }

    private static int indexIn(List<WebPage> pages, WebPage page) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).isAt(page.step().key(), page.question())) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not a page of this form: " + page.path());
    }
}

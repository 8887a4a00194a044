package dev.loket.forms.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.web.Page;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.ComponentType;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.evaluation.StepState;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.internal.JsonPointers;
import dev.loket.forms.internal.conversation.Wording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form on the web, page by page, for any channel that shows pages (the person's own browser, or an
 * employee's at the counter): which page comes next, what a posted page changes in the answers, and
 * the pages themselves. Knows nothing of HTTP, cookies or storage; the resources do that.
 */
public final class FormJourney {

    /** Payment methods an employee takes at the counter. */
    private static final Set<String> COUNTER_PAYMENTS = Set.of("CASH", "PIN");

    private final FormDefinition definition;
    private final FormEvaluator evaluator;
    private final PagePlan plan;

    public FormJourney(FormDefinition definition, FormEvaluator evaluator) {
        this.definition = definition;
        this.evaluator = evaluator;
        this.plan = new PagePlan(definition);
    }

    /** What the person asked for when posting a page. */
    public sealed interface Action {
        /** Check this page and go on. */
        record Next() implements Action {
        }

        /** Go back a page, keeping what was typed, without checks. */
        record Back() implements Action {
        }

        /** Keep the answers and get a code to continue later. */
        record Later() implements Action {
        }

        /** Add an item to the repeating group at {@code pointer}. */
        record Add(String pointer) implements Action {
        }

        /** Remove the item at {@code pointer}. */
        record Remove(String pointer) implements Action {
        }

        /** Remove the file at {@code pointer}, e.g. {@code /bewijsstukken/0}. */
        record RemoveFile(String pointer) implements Action {
        }

        /** The button's value: {@code next}, {@code back}, {@code later}, {@code add:/x}, {@code remove:/x/0}. */
        static Action parse(String value) {
            if (value == null) {
                return new Next();
            }
            if (value.startsWith("add:/")) {
                return new Add(value.substring(4));
            }
            if (value.startsWith("remove:/")) {
                return new Remove(value.substring(7));
            }
            if (value.startsWith("remove-file:/")) {
                return new RemoveFile(value.substring(12));
            }
            return switch (value) {
                case "back" -> new Back();
                case "later" -> new Later();
                default -> new Next();
            };
        }
    }

    /**
     * The answers after a posted page, and where to go.
     *
     * @param data     the answers to save, whatever happens next: no typed answer is ever lost
     * @param action   what was asked
     * @param shown    the answers the page showed before the post, by pointer: only their errors are shown
     * @param removedFiles the ids of files the person removed, to delete with the draft's files
     */
    public record Posted(ObjectNode data, Action action, Set<String> shown, List<String> removedFiles) {
    }

    public FormDefinition definition() {
        return definition;
    }

    public Evaluation evaluate(String data, EvaluationContext context) {
        return evaluator.evaluate(read(data), context);
    }

    /** Checks the saved answers as a submission: see {@link FormEvaluator#submit}. */
    public Submission submission(String data, EvaluationContext context) {
        return evaluator.submit(read(data), context);
    }

    public Optional<WebPage> page(String step, Optional<String> question) {
        return plan.find(step, question);
    }

    /** Where a person starts or continues: the first page with something to answer or fix, else the check. */
    public Optional<WebPage> continueAt(Evaluation evaluation) {
        return plan.firstIncomplete(evaluation);
    }

    public Optional<WebPage> firstPage(Evaluation evaluation) {
        return plan.visible(evaluation).stream().findFirst();
    }

    public Optional<WebPage> next(WebPage page, Evaluation evaluation) {
        return plan.next(page, evaluation);
    }

    public Optional<WebPage> previous(WebPage page, Evaluation evaluation) {
        return plan.previous(page, evaluation);
    }

    public boolean isShown(WebPage page, Evaluation evaluation) {
        return plan.visible(evaluation).stream().anyMatch(p -> p.isAt(page.step().key(), page.question()));
    }

    /**
     * Reads a posted page into the saved answers. The page's fields are read as they were shown for
     * the saved answers, so a field the page did not show is never emptied.
     */
    public Posted post(WebPage page, String savedData, Map<String, String[]> form, String actionValue,
                       EvaluationContext context) {
        return post(page, savedData, form, Map.of(), actionValue, context);
    }

    /**
     * As {@link #post(WebPage, String, Map, String, EvaluationContext)}, with files the person added:
     * their descriptions, by the pointer of their file component, are added to its answer.
     */
    public Posted post(WebPage page, String savedData, Map<String, String[]> form,
                       Map<String, List<ObjectNode>> addedFiles, String actionValue, EvaluationContext context) {
        ObjectNode data = read(savedData);
        Evaluation before = evaluator.evaluate(data, context);
        List<Node> nodes = Node.pair(page.components(), PagePlan.states(page, before));
        new PostedAnswers(form, LocalDate.now(context.logic().clock().withZone(context.logic().zone())))
                .readInto(nodes, data);
        Set<String> shown = new HashSet<>();
        collectVisible(nodes, shown);
        addedFiles.forEach((pointer, files) -> {
            if (shown.contains(pointer)) {
                files.forEach(JsonPointers.array(data, pointer)::add);
            }
        });
        Action action = Action.parse(actionValue);
        List<String> removedFiles = new ArrayList<>();
        if (action instanceof Action.Add add && isGroupOn(page, add.pointer())) {
            JsonPointers.array(data, add.pointer()).addObject();
        } else if (action instanceof Action.Remove remove) {
            removeItem(page, data, remove.pointer());
        } else if (action instanceof Action.RemoveFile removeFile) {
            removeFile(shown, data, removeFile.pointer()).ifPresent(removedFiles::add);
        }
        startGroups(page, data, context);
        return new Posted(data, action, shown, removedFiles);
    }

    /** The page as a template draws it; errors only for the answers in {@code showErrorsAt}. */
    public Page stepPage(WebPage page, Evaluation evaluation, Language language, Set<String> showErrorsAt,
                         boolean newQuestions) {
        return stepPage(page, evaluation, language, showErrorsAt, newQuestions, Map.of(), Set.of());
    }

    /**
     * As {@link #stepPage(WebPage, Evaluation, Language, Set, boolean)}, with why posted files were not
     * added (by their file field's pointer), and the answers that are bound to the login (by pointer)
     * drawn read-only: the person sees them but cannot change them.
     */
    public Page stepPage(WebPage page, Evaluation evaluation, Language language, Set<String> showErrorsAt,
                         boolean newQuestions, Map<String, List<String>> refusedFiles, Set<String> readOnly) {
        List<Field> fields = new FieldViews(language, showErrorsAt::contains, refusedFiles)
                .fields(Node.pair(page.components(), PagePlan.states(page, evaluation)));
        List<StepState> visibleSteps = evaluation.steps().stream().filter(StepState::visible).toList();
        int stepNumber = 1 + visibleSteps.stream().map(StepState::key).toList().indexOf(page.step().key());
        return new Page("forms/step", Map.of())
                .with("formTitle", definition.title().in(language))
                .with("stepTitle", page.step().title().in(language))
                .with("stepNumber", stepNumber)
                .with("stepCount", visibleSteps.size())
                .with("pagePath", page.path())
                .with("fieldsHtml", FieldHtml.of(fields, language, readOnly::contains))
                .with("multipart", FieldViews.takesFiles(fields))
                .with("errors", FieldViews.summary(fields))
                .with("newQuestions", newQuestions)
                .with("hasPrevious", plan.previous(page, evaluation).isPresent());
    }

    /** Every answer of every shown page, with a link to change it. */
    public Page checkPage(Evaluation evaluation, Language language) {
        List<AnswerRows.Section> sections = new AnswerRows(language).sections(plan.visible(evaluation), evaluation);
        return new Page("forms/check", Map.of())
                .with("formTitle", definition.title().in(language))
                .with("sections", sections);
    }

    /**
     * The payment method chosen, when it is paid at the counter (cash or debit card): the employee takes
     * the payment before sending, so the form is complete without an online payment.
     */
    public Optional<String> paymentAtCounter(Evaluation evaluation, Language language) {
        Wording wording = new Wording(language);
        for (WebPage page : plan.visible(evaluation)) {
            for (Node node : Node.pair(page.components(), PagePlan.states(page, evaluation))) {
                String chosen = node.state().value().asText("");
                if (node.component().type() == ComponentType.PAYMENT_CHOICE && node.state().visible()
                        && COUNTER_PAYMENTS.contains(chosen)) {
                    return Optional.of(wording.inWords(node.component(), node.state().value()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean isGroupOn(WebPage page, String pointer) {
        return page.components().stream().anyMatch(c -> c.type() == ComponentType.REPEAT && pointer.equals("/" + c.key()));
    }

    /** Removes a file from a shown file component's answer; the file's id, when it was stored. */
    private static Optional<String> removeFile(Set<String> shown, ObjectNode data, String filePointer) {
        int slash = filePointer.lastIndexOf('/');
        String component = filePointer.substring(0, slash);
        String index = filePointer.substring(slash + 1);
        if (shown.contains(component) && index.matches("\\d{1,4}") && data.at(component) instanceof ArrayNode files
                && Integer.parseInt(index) < files.size()) {
            JsonNode removed = files.remove(Integer.parseInt(index));
            return Optional.ofNullable(removed.path("id").textValue());
        }
        return Optional.empty();
    }

    private static void removeItem(WebPage page, ObjectNode data, String itemPointer) {
        int slash = itemPointer.lastIndexOf('/');
        String group = itemPointer.substring(0, slash);
        String index = itemPointer.substring(slash + 1);
        boolean onPage = page.components().stream().anyMatch(c -> c.type() == ComponentType.REPEAT && group.equals("/" + c.key()));
        if (onPage && index.matches("\\d{1,4}") && data.at(group) instanceof ArrayNode items
                && Integer.parseInt(index) < items.size()) {
            items.remove(Integer.parseInt(index));
        }
    }

    /**
     * A required group that has just appeared gets its first item at once: "add one" before the
     * first question is a step nobody should have to find.
     */
    private void startGroups(WebPage page, ObjectNode data, EvaluationContext context) {
        Evaluation after = evaluator.evaluate(data, context);
        List<Node> nodes = Node.pair(page.components(), PagePlan.states(page, after));
        for (Node node : nodes) {
            Component c = node.component();
            if (c.type() == ComponentType.REPEAT && node.state().visible() && node.state().required()
                    && node.items().isEmpty()) {
                ArrayNode items = JsonPointers.array(data, node.pointer());
                for (int i = items.size(); i < Math.max(1, c.minItems()); i++) {
                    items.addObject();
                }
            }
        }
    }

    /**
     * The file fields the page shows for the saved answers, by pointer: the only places a file posted
     * with this page may go.
     */
    Map<String, Node> fileFieldsShown(WebPage page, String savedData, EvaluationContext context) {
        Evaluation before = evaluator.evaluate(read(savedData), context);
        Map<String, Node> fields = new LinkedHashMap<>();
        collectFileFields(Node.pair(page.components(), PagePlan.states(page, before)), fields);
        return fields;
    }

    private static void collectFileFields(List<Node> nodes, Map<String, Node> into) {
        for (Node node : nodes) {
            if (node.state().visible()) {
                if (node.component().type() == ComponentType.FILE) {
                    into.put(node.pointer(), node);
                }
                collectFileFields(node.children(), into);
                node.items().forEach(item -> collectFileFields(item.children(), into));
            }
        }
    }

    private static void collectVisible(List<Node> nodes, Set<String> into) {
        for (Node node : nodes) {
            if (node.state().visible()) {
                into.add(node.pointer());
                collectVisible(node.children(), into);
                node.items().forEach(item -> collectVisible(item.children(), into));
            }
        }
    }

    /** Saved answers as an object; anything else counts as no answers. */
    public static ObjectNode read(String data) {
        try {
            JsonNode node = Json.mapper().readTree(data);
            return node instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
        } catch (JsonProcessingException e) {
            return Json.mapper().createObjectNode();
        }
    }

    /** All errors of a page among the answers in {@code among}, and whether others appeared. */
    public record Check(boolean hasErrors, boolean newQuestions) {
    }

    /** Whether the page, for these answers, has errors the person saw, or questions they did not see yet. */
    public Check check(WebPage page, Evaluation evaluation, Set<String> shown) {
        List<Node> nodes = Node.pair(page.components(), PagePlan.states(page, evaluation));
        List<Node> unsettled = new ArrayList<>();
        collectUnsettled(nodes, unsettled);
        boolean errors = unsettled.stream().anyMatch(n -> shown.contains(n.pointer()));
        boolean appeared = unsettled.stream().anyMatch(n -> !shown.contains(n.pointer()));
        return new Check(errors, appeared);
    }

    private static void collectUnsettled(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            if (!node.state().visible()) {
                continue;
            }
            if (!node.state().errors().isEmpty()) {
                into.add(node);
            }
            collectUnsettled(node.children(), into);
            node.items().forEach(item -> collectUnsettled(item.children(), into));
        }
    }
}

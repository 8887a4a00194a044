package dev.loket.forms.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.FieldError;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.internal.evaluation.AnswerShape;
import dev.loket.forms.internal.evaluation.Evaluator;

import java.util.List;

/**
 * Evaluates a form for the data a person has entered so far: what every channel needs to show the
 * form and to accept it. Pure Java, thread-safe; make one per definition and keep it.
 *
 * <pre>{@code
 * FormEvaluator evaluator = new FormEvaluator(FormDefinitions.parse(json));
 * Evaluation now = evaluator.evaluate(data, EvaluationContext.of(Language.NL));
 * now.step("adres").orElseThrow().complete();
 * Submission submission = evaluator.submit(data, EvaluationContext.of(Language.NL));
 * }</pre>
 */
public final class FormEvaluator {

    private final Evaluator evaluator;
    private final AnswerShape shape;

    public FormEvaluator(FormDefinition definition) {
        this.evaluator = new Evaluator(definition);
        this.shape = new AnswerShape(definition);
    }

    /**
     * What the form cannot take in these answers, whatever its rules say: keys that are none of its
     * fields, and lists longer than allowed (a repeating group's {@code maxItems}, or 1000 when it sets
     * none; a file field's count; a multi-checkbox's options). Cheap, and meant to run before
     * {@link #evaluate} or storing: an API refuses such answers rather than work on them. Each problem
     * has the JSON pointer of the answer; at most 20 are listed.
     */
    public List<FieldError> shapeProblems(JsonNode data) {
        return shape.problems(data);
    }

    /**
     * The state of every step and component for this data. Data that is not a JSON object counts
     * as no answers at all.
     */
    public Evaluation evaluate(JsonNode data, EvaluationContext context) {
        return evaluator.evaluate(data, context);
    }

    /**
     * Checks the data for submission: every visible step complete and no keys the form does not
     * have. Accepted data holds only the form's keys, without the answers to questions that are
     * hidden (where the form says {@code clearOnHide}), with computed values recalculated here.
     */
    public Submission submit(JsonNode data, EvaluationContext context) {
        return evaluator.submit(data, context);
    }

}

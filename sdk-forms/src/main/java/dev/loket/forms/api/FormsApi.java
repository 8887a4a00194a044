package dev.loket.forms.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.FieldError;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.forms.api.FormsResource.ComponentView;
import dev.loket.forms.api.FormsResource.EvaluationView;
import dev.loket.forms.api.FormsResource.MessageView;
import dev.loket.forms.api.FormsResource.StepView;
import dev.loket.forms.api.FormsResource.SubmissionReceipt;
import dev.loket.forms.evaluation.ComponentState;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.evaluation.StepState;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.StoredSubmission;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** What the resources of the forms API share: the form lookup, the views of an evaluation, the refusal. */
final class FormsApi {

    static final String BUNDLE = "dev.loket.forms.messages";

    private FormsApi() {
    }

    /** The form on offer, or a 404 problem that names the form asked for. */
    static FormCatalog.Entry form(FormCatalog catalog, String id) {
        return catalog.require(id);
    }

    /** A store or signer the application provides; a 503 problem when it provides none. */
    static <T> T available(Instance<T> provided) {
        if (provided.isUnsatisfied()) {
            throw new LoketException(ProblemType.UNAVAILABLE, Message.of(Message.CORE_BUNDLE, "problem.unavailable.detail"));
        }
        return provided.get();
    }

    /**
     * Refuses answers the form cannot take whatever its rules say (keys that are none of its fields,
     * lists longer than allowed) before anything evaluates or stores them: a validation problem with the
     * JSON pointer of each.
     */
    static void requireShape(FormCatalog.Entry form, JsonNode data) {
        List<FieldError> problems = form.evaluator().shapeProblems(data);
        if (!problems.isEmpty()) {
            throw new LoketException(ProblemType.VALIDATION,
                    Message.of(Message.CORE_BUNDLE, "problem.validation.detail"), problems);
        }
    }

    /** A refused submission as a validation problem, every reason in {@code errors}. */
    static Response refusal(Submission submission, Language language, String path) {
        ProblemType type = ProblemType.VALIDATION;
        Problem problem = new Problem(type.type(), type.title().in(language), type.status(),
                Message.of(Message.CORE_BUNDLE, "problem.validation.detail").in(language), path, null,
                submission.errors().stream().map(e -> new Problem.Error(e.pointer(), e.key(), e.message())).toList());
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).entity(problem).build();
    }

    /** 201 with the signed receipt for a submission just stored, 200 with the same receipt for a replay. */
    static Response.ResponseBuilder receipt(StoredSubmission stored, Receipts signer) {
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Idempotent-Replayed", String.valueOf(!stored.created()))
                .entity(receiptView(stored, signer));
    }

    /** A stored submission and its signed receipt, as every channel of the API shows them. */
    static SubmissionReceipt receiptView(StoredSubmission stored, Receipts signer) {
        return new SubmissionReceipt(stored.id().toString(), stored.formId(), stored.formVersion(),
                stored.submittedAt().toString(), stored.dataSha256(), signer.sign(stored));
    }

    /** Refuses an {@code Idempotency-Key} that is missing, blank or longer than the store keeps. */
    static void requireUsable(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new LoketException(ProblemType.BAD_REQUEST, Message.of(BUNDLE, "submission.idempotency-key"));
        }
    }

    static EvaluationView view(Evaluation evaluation) {
        return new EvaluationView(evaluation.isComplete(), evaluation.firstIncompleteStep().orElse(null),
                evaluation.steps().stream().map(FormsApi::view).toList(), evaluation.data());
    }

    static StepView view(StepState step) {
        return new StepView(step.key(), step.visible(), step.complete(), components(step.components()));
    }

    private static List<ComponentView> components(List<ComponentState> states) {
        return states.stream().map(c -> new ComponentView(c.key(), c.pointer(), c.type().jsonName(), c.visible(),
                c.required(), c.value().isNull() ? null : c.value(),
                c.errors().stream().map(FormsApi::message).toList(), components(c.children()))).toList();
    }

    private static MessageView message(FieldMessage m) {
        return new MessageView(m.pointer(), m.key(), m.message());
    }
}

package dev.loket.forms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.Problem;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.internal.web.Requesters;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The forms as a JSON API, for apps and single-page front ends: the same engine as every other
 * channel, so a client's checks and the server's never disagree. Texts follow {@code Accept-Language}.
 * One instance serves every request (the request's headers and URI are proxies of the current one),
 * rather than one built and injected per request.
 */
@ApplicationScoped
@Path("api/forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms")
public class FormsResource {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    FormCatalog catalog;

    @Inject
    Instance<SubmissionStore> submissions;

    @Inject
    Instance<Receipts> receipts;

    @Inject
    Instance<CurrentLogin> login;

    @Inject
    Instance<Pseudonyms> pseudonyms;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** One form in the list. */
    public record FormSummary(String id, String version, String title) {
    }

    /** The state of a form for some data; see {@link Evaluation}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationView(boolean complete, String firstIncompleteStep, List<StepView> steps, JsonNode data) {
    }

    /** A step's state. */
    public record StepView(String key, boolean visible, boolean complete, List<ComponentView> components) {
    }

    /** A component's state. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ComponentView(String key, String pointer, String type, boolean visible, boolean required,
                                JsonNode value, List<MessageView> errors, List<ComponentView> components) {
    }

    /** A message about one answer. */
    public record MessageView(String pointer, String key, String message) {
    }

    /** A stored submission and its proof of filing. */
    public record SubmissionReceipt(String id, String form, String formVersion, String submittedAt, String dataSha256,
                                    String receipt) {
    }

    /** The outcome of a check before submitting: the data as it would be stored. */
    public record ValidationView(boolean accepted, JsonNode data) {
    }

    @GET
    @Operation(summary = "The forms on offer, with titles in the requested language")
    public List<FormSummary> list() {
        Language language = language();
        return catalog.all().stream()
                .map(e -> new FormSummary(e.definition().id(), e.definition().version(),
                        e.definition().title().in(language)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A form's definition (Loket form definition format 1.0)")
    @APIResponse(responseCode = "200", description = "The definition, as spec/schemas/form-definition.schema.json describes")
    @APIResponse(responseCode = "404", description = "No such form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonNode definition(@PathParam("id") String id) {
        return entry(id).source();
    }

    @POST
    @Path("{id}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate answers: per step and component visible, required, value and errors")
    public EvaluationView evaluate(@PathParam("id") String id, JsonNode data) {
        FormCatalog.Entry form = entry(id);
        FormsApi.requireShape(form, data);
        return FormsApi.view(form.evaluator().evaluate(data, EvaluationContext.of(language())));
    }

    @POST
    @Path("{id}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check answers as a submission would, without storing them")
    @APIResponse(responseCode = "200", description = "Accepted; the data as it would be stored")
    @APIResponse(responseCode = "400", description = "Refused; every reason in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response validate(@PathParam("id") String id, JsonNode data) {
        Language language = language();
        FormCatalog.Entry form = entry(id);
        FormsApi.requireShape(form, data);
        Submission submission = form.evaluator().submit(data, EvaluationContext.of(language));
        return submission.accepted()
                ? Response.ok(new ValidationView(true, submission.data())).build()
                : FormsApi.refusal(submission, language, uri.getRequestUri().getRawPath());
    }

    @POST
    @Path("{id}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit answers: checked, stored durably before the answer, exactly once per caller and Idempotency-Key")
    @APIResponse(responseCode = "201", description = "Stored; the body holds the signed receipt")
    @APIResponse(responseCode = "200", description = "Already stored with this Idempotency-Key; the same receipt")
    @APIResponse(responseCode = "400", description = "Refused (every reason in errors) or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before for other answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           JsonNode data) {
        FormCatalog.Entry form = entry(id);
        FormsApi.requireUsable(idempotencyKey);
        FormsApi.requireShape(form, data);
        SubmissionStore store = FormsApi.available(submissions);
        Receipts signer = FormsApi.available(receipts);
        Language language = language();
        JsonNode answers = data;
        Optional<PrefillSubject> citizen = Requesters.citizenOf(login, pseudonyms);
        if (citizen.isPresent() && data instanceof ObjectNode given) {
            // A logged-in citizen files as the person their login determines: that BSN, whatever was sent.
            answers = Prefill.boundToLogin(form.definition(), citizen.get(), given);
        }
        Submission checked = form.evaluator().submit(answers, EvaluationContext.of(language));
        if (!checked.accepted()) {
            return FormsApi.refusal(checked, language, uri.getRequestUri().getRawPath());
        }
        StoredSubmission stored = store.store(form.definition().id(), form.definition().version(),
                Channel.WEB, callerKey(idempotencyKey), checked.data().toString(), Requesters.representation(login, pseudonyms));
        return FormsApi.receipt(stored, signer).build();
    }

    @GET
    @Path("receipts/jwks")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "The public keys (JWKS) that verify submission receipts")
    public Response receiptKeys() {
        return Response.ok(FormsApi.available(receipts).publicKeys().toString(), "application/jwk-set+json").build();
    }

    /** The client's key as stored: scoped to whoever sent it, so nobody else finds its submission. */
    private String callerKey(String idempotencyKey) {
        Optional<String> citizen = login.isResolvable() && pseudonyms.isResolvable()
                ? login.get().citizen().map(c -> pseudonyms.get().of(c.bsn())) : Optional.empty();
        Optional<String> user = Optional.ofNullable(security.getUserPrincipal()).map(Principal::getName);
        return CallerKeys.ofCaller(citizen, user, Optional.ofNullable(headers.getHeaderString(HttpHeaders.AUTHORIZATION)),
                idempotencyKey);
    }

    private FormCatalog.Entry entry(String id) {
        return FormsApi.form(catalog, id);
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}

package dev.loket.forms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.Problem;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.forms.api.FormsResource.EvaluationView;
import dev.loket.forms.api.FormsResource.StepView;
import dev.loket.forms.conversation.ConversationState;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.internal.ResumeThrottle;
import dev.loket.forms.internal.BoundAnswers;
import dev.loket.forms.internal.PersonalDrafts;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.forms.internal.web.FormJourney;
import dev.loket.forms.internal.web.Requesters;
import dev.loket.forms.submission.NewSubmission;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.web.CurrentLogin;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form worked through step by step by an app or single-page front end, every step saved on the
 * server: a session is a {@link Draft}. It can be left and taken up again, here with a resume code
 * or on another channel, and a draft begun at the counter or in a conversation can be continued here.
 *
 * <p>Saving names the revision it builds on in {@code If-Match}, so two windows or a person and an
 * employee never overwrite each other. Submitting files the saved answers exactly once per session and
 * then deletes the draft; a retry gets the same receipt.
 *
 * <p>A session that belongs to a person (started while logged in, or at the counter for them) opens
 * only for a login that acts for that person, or for an employee (see {@link DraftAccess}); to anyone
 * else it answers 404 with the words of an unknown session, so a session id reveals nothing. Answers
 * bound to the owner's login (listed in {@code readOnly}) keep their value whatever a save sends.
 * One instance serves every request (the request's headers and URI are proxies of the current one),
 * rather than one built and injected per request.
 */
@ApplicationScoped
@Path("api/forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms")
public class SessionsResource {

    static final ProblemType UNKNOWN_STEP = ProblemType.of("forms/unknown-step", 404, FormsApi.BUNDLE);
    static final ProblemType REVISION_REQUIRED = ProblemType.of("forms/revision-required", 428, FormsApi.BUNDLE);

    /** The idempotency key of a session submitted without one of its own; no client key has this form by chance. */
    private static final String SESSION_KEY = "session:";
    private static final Pattern ENTITY_TAG = Pattern.compile("\"?([0-9]{1,18})\"?");

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    FormCatalog catalog;

    @Inject
    Instance<DraftStore> drafts;

    @Inject
    Instance<SubmissionStore> submissions;

    @Inject
    Instance<Receipts> receipts;

    @Inject
    ResumeThrottle throttle;

    @Inject
    Instance<CurrentLogin> login;

    @Inject
    Instance<Pseudonyms> pseudonyms;

    @Inject
    Instance<Prefill> prefill;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /**
     * A session as saved.
     *
     * @param session    its id
     * @param form       the form's id
     * @param revision   the revision to name in {@code If-Match} when saving on top of it (also the {@code ETag})
     * @param expiresAt  when the answers are deleted unless saved again (ISO 8601, UTC)
     * @param channel    where it was last saved: {@code web}, {@code counter}, {@code conversation} or {@code paper}
     * @param continueAt the first visible step that is not complete: where the person goes on; absent when all are
     * @param data       the answers as saved
     * @param evaluation the form's state for these answers
     * @param readOnly   the keys of the answers bound to the owner's login (their BSN, name, birth date as the
     *                   registers gave them): a save keeps these as they are; empty when none
     */
    public record SessionView(String session, String form, long revision, String expiresAt, String channel,
                              String continueAt, JsonNode data, EvaluationView evaluation, List<String> readOnly) {
    }

    /** One step's state for the saved answers. */
    public record SessionStep(String session, long revision, String expiresAt, StepView step) {
    }

    /** What a person keeps to continue later without login; the secret is shown this once. */
    public record SessionResumeCode(String session, String code, String secret, String expiresAt) {
    }

    /** A resume code and its secret, as the person typed them. */
    public record Resumption(String code, String secret) {
    }

    @POST
    @Path("{form}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a session: the answers so far (optional, as {\"data\": {...}}) saved as a draft")
    @APIResponse(responseCode = "201", description = "Started; Location names the session, ETag its revision")
    @APIResponse(responseCode = "400", description = "The body is not {\"data\": {...}}, or its answers have keys "
            + "the form does not have or lists longer than allowed (each in errors)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("form") String formId, JsonNode body) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        ObjectNode data = answers(body, true);
        FormsApi.requireShape(form, data);
        // A logged-in citizen's session is theirs, as on the pages: prefilled, with what their login determines bound.
        Optional<PrefillSubject> citizen = Requesters.citizenOf(login, pseudonyms);
        Draft draft = citizen.isPresent()
                ? PersonalDrafts.start(store(), prefill.isResolvable() ? Optional.of(prefill.get()) : Optional.empty(),
                        form.definition(), citizen.get(), Channel.WEB, data)
                : store().start(form.definition().id(), form.definition().version(), Channel.WEB, data.toString());
        return Response.created(address(draft)).tag(tag(draft)).entity(view(form, draft)).build();
    }

    @GET
    @Path("{form}/sessions/{session}")
    @Operation(summary = "A session: its answers, revision, expiry, channel, evaluation and the step to continue at")
    @APIResponse(responseCode = "200", description = "The session; ETag is its revision")
    @APIResponse(responseCode = "404", description = "No such form or session, expired, submitted already, "
            + "or a person's session without their login",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("form") String formId, @PathParam("session") String sessionId) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        Draft draft = open(form, sessionId);
        return Response.ok(view(form, draft)).tag(tag(draft)).build();
    }

    @PUT
    @Path("{form}/sessions/{session}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save all answers ({\"data\": {...}}) on top of the revision in If-Match")
    @APIResponse(responseCode = "200", description = "Saved; the new revision in the body and in ETag")
    @APIResponse(responseCode = "400", description = "The body is not {\"data\": {...}}, If-Match is not a revision, "
            + "or the answers have keys the form does not have or lists longer than allowed (each in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such form or session, expired, submitted already, "
            + "or a person's session without their login",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Saved elsewhere in between; nothing was overwritten, reload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(@PathParam("form") String formId, @PathParam("session") String sessionId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        long revision = revision(ifMatch);
        ObjectNode data = answers(body, false);
        FormsApi.requireShape(form, data);
        Draft draft = open(form, sessionId);
        Draft saved = store().save(draft.id(), revision, Channel.WEB, data.toString());
        return Response.ok(view(form, saved)).tag(tag(saved)).build();
    }

    @POST
    @Path("{form}/sessions/{session}/steps/{step}/evaluation")
    @Operation(summary = "One step's state for the saved answers: visible, complete, and each component's errors")
    @APIResponse(responseCode = "200", description = "The step")
    @APIResponse(responseCode = "404", description = "No such form, session or step, or a "
            + "person's session without their login", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionStep evaluateStep(@PathParam("form") String formId, @PathParam("session") String sessionId,
                                    @PathParam("step") String stepKey) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        Draft draft = open(form, sessionId);
        Evaluation evaluation = form.evaluator().evaluate(answers(draft), EvaluationContext.of(language()));
        StepView step = evaluation.step(stepKey).map(FormsApi::view).orElseThrow(() -> new LoketException(UNKNOWN_STEP,
                Message.of(FormsApi.BUNDLE, "problem.forms/unknown-step.detail", form.definition().id(), stepKey)));
        return new SessionStep(draft.id().toString(), draft.revision(), draft.expiresAt().toString(), step);
    }

    @POST
    @Path("{form}/sessions/{session}/resume-code")
    @Operation(summary = "Save and continue later: a new resume code and secret (shown once; an earlier code stops working)")
    @APIResponse(responseCode = "200", description = "The code and the secret")
    @APIResponse(responseCode = "404", description = "No such form or session, expired, submitted already, "
            + "or a person's session without their login",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionResumeCode issueResumeCode(@PathParam("form") String formId, @PathParam("session") String sessionId) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        Draft draft = open(form, sessionId);
        ResumableDraft resumable = store().issueResumeCode(draft.id());
        return new SessionResumeCode(draft.id().toString(), resumable.code().toString(), resumable.secret(),
                resumable.draft().expiresAt().toString());
    }

    @POST
    @Path("sessions/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Continue with a resume code and secret: the session, of any form, from any channel")
    @APIResponse(responseCode = "200", description = "The session; Content-Location names it, ETag is its revision")
    @APIResponse(responseCode = "404", description = "The code and secret do not open a draft", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts from this client, or from everyone, just now; "
            + "Retry-After says how many seconds to wait", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resume(Resumption resumption) {
        DraftStore store = store();
        Draft draft = throttle.check(request, () -> resumption == null ? store.resume(null, null)
                : store.resume(resumption.code(), resumption.secret()));
        if (!access().mayOpen(draft)) {
            // The code is right, but the draft is a person's: the same words as a wrong code, nothing to learn.
            throw new LoketException(ProblemType.NOT_FOUND, Message.of(FormsApi.BUNDLE, "draft.resume.not-found"));
        }
        FormCatalog.Entry form = FormsApi.form(catalog, draft.formId());
        return Response.ok(view(form, draft)).tag(tag(draft)).contentLocation(address(draft)).build();
    }

    @POST
    @Path("{form}/sessions/{session}/submission")
    @Operation(summary = "Submit the saved answers: checked, stored before the answer, once per session or "
            + "Idempotency-Key; the draft is deleted after filing")
    @APIResponse(responseCode = "201", description = "Stored; the body holds the signed receipt")
    @APIResponse(responseCode = "200", description = "Filed before (a retry); the same receipt")
    @APIResponse(responseCode = "400", description = "Refused (every reason in errors) or an unusable Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such form or session, it expired, or "
            + "it is a person's session without their login", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before for other answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("form") String formId, @PathParam("session") String sessionId,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        FormCatalog.Entry form = FormsApi.form(catalog, formId);
        if (idempotencyKey != null) {
            FormsApi.requireUsable(idempotencyKey);
        }
        SubmissionStore filed = FormsApi.available(submissions);
        Receipts signer = FormsApi.available(receipts);
        DraftAccess access = access();
        UUID id = sessionIdOf(sessionId).orElseThrow(() -> gone(form, Optional.empty(), access));
        String key = idempotencyKey != null ? CallerKeys.ofSession(id, idempotencyKey) : SESSION_KEY + id;
        Optional<Draft> found = store().find(id).filter(d -> d.formId().equals(form.definition().id()));
        if (found.isPresent() && !access.mayOpen(found.get())) {
            throw gone(form, Optional.empty(), access);
        }
        Optional<Draft> draft = found;
        if (draft.isEmpty()) {
            // Filed before and deleted since: a retry whose answer got lost still gets its receipt, if it may
            // open what was filed; to anyone else a person's filed session is as unknown as any other id.
            return filed.find(form.definition().id(), key).filter(earlier -> access.mayOpenOwnedBy(earlier.owner()))
                    .map(earlier -> FormsApi.receipt(earlier, signer).build())
                    .orElseThrow(() -> gone(form, Optional.of(id), access));
        }
        Language language = language();
        // The answers bound to the owner's login, as bound: every save kept them, this makes filing sure of it.
        ObjectNode answers = FormJourney.read(BoundAnswers.keep(answers(draft.get()).toString(), draft.get().bound()));
        Submission checked = form.evaluator().submit(answers, EvaluationContext.of(language));
        if (!checked.accepted()) {
            return FormsApi.refusal(checked, language, uri.getRequestUri().getRawPath());
        }
        StoredSubmission stored = filed.store(NewSubmission.of(form.definition().id(), form.definition().version(),
                Channel.WEB, key, checked.data().toString())
                .withRepresentation(Requesters.representation(draft.get(), access, login, pseudonyms, security))
                .withOwner(draft.get().owner()));
        // Sign before deleting: should anything fail in between, the draft is still there for the retry.
        Response receipt = FormsApi.receipt(stored, signer).build();
        store().delete(id);
        return receipt;
    }

    /**
     * The session's draft, of this form, not expired, if this request may open it. A person's draft that
     * this request may not open is answered as if there were none: nothing about it is revealed.
     */
    private Draft open(FormCatalog.Entry form, String sessionId) {
        Optional<UUID> id = sessionIdOf(sessionId);
        Optional<Draft> draft = id.flatMap(store()::find).filter(d -> d.formId().equals(form.definition().id()));
        DraftAccess access = access();
        if (draft.isPresent() && !access.mayOpen(draft.get())) {
            throw gone(form, Optional.empty(), access);
        }
        return draft.orElseThrow(() -> gone(form, id, access));
    }

    /** Who asks: the person the login acts for, or an employee. */
    private DraftAccess access() {
        return Requesters.citizenOrEmployee(login, pseudonyms, security);
    }

    /**
     * Not found, in words that say why when we know: submitted (without a key of its own) or expired. That a
     * person's session was submitted is said only to whoever may open it: to anyone else, as to an unknown id.
     */
    private LoketException gone(FormCatalog.Entry form, Optional<UUID> id, DraftAccess access) {
        boolean submitted = id.isPresent() && submissions.isResolvable()
                && submissions.get().find(form.definition().id(), SESSION_KEY + id.get())
                .filter(filed -> access.mayOpenOwnedBy(filed.owner())).isPresent();
        return new LoketException(ProblemType.NOT_FOUND,
                Message.of(FormsApi.BUNDLE, submitted ? "session.submitted" : "session.not-found"));
    }

    private static Optional<UUID> sessionIdOf(String text) {
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString also takes short forms such as 1-1-1-1-1; a session id is only ever written in full.
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The revision an {@code If-Match} names: {@code "3"}, as our {@code ETag}s are written. */
    private static long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new LoketException(REVISION_REQUIRED, Message.of(FormsApi.BUNDLE, "session.revision-required"));
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new LoketException(ProblemType.BAD_REQUEST, Message.of(FormsApi.BUNDLE, "session.if-match"));
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The answers in a request body {@code {"data": {...}}}; an empty body only where {@code optional}. */
    private static ObjectNode answers(JsonNode body, boolean optional) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            if (optional) {
                return Json.mapper().createObjectNode();
            }
            throw notAnswers();
        }
        if (!body.isObject()) {
            throw notAnswers();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            if (!"data".equals(names.next())) {
                throw notAnswers();
            }
        }
        JsonNode data = body.get("data");
        if (data == null && optional) {
            return Json.mapper().createObjectNode();
        }
        if (data == null || !data.isObject()) {
            throw notAnswers();
        }
        return (ObjectNode) data;
    }

    private static LoketException notAnswers() {
        return new LoketException(ProblemType.BAD_REQUEST, Message.of(FormsApi.BUNDLE, "session.body"));
    }

    /**
     * The answers in a draft. A conversation keeps its whole state (position, transcript) in the draft;
     * its answers are in there, in the same JSON as every other channel's.
     */
    private static ObjectNode answers(Draft draft) {
        try {
            String data = draft.channel() == Channel.CONVERSATION
                    ? Json.mapper().readValue(draft.data(), ConversationState.class).data()
                    : draft.data();
            JsonNode answers = Json.mapper().readTree(data);
            return answers.isObject() ? (ObjectNode) answers : Json.mapper().createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft " + draft.id() + " holds answers that cannot be read", e);
        }
    }

    private SessionView view(FormCatalog.Entry form, Draft draft) {
        ObjectNode data = answers(draft);
        Evaluation evaluation = form.evaluator().evaluate(data, EvaluationContext.of(language()));
        return new SessionView(draft.id().toString(), draft.formId(), draft.revision(), draft.expiresAt().toString(),
                draft.channel().name().toLowerCase(Locale.ROOT), evaluation.firstIncompleteStep().orElse(null), data,
                FormsApi.view(evaluation), BoundAnswers.keys(draft.bound()));
    }

    private URI address(Draft draft) {
        return uri.getBaseUriBuilder().path("api/forms/{form}/sessions/{session}").build(draft.formId(), draft.id());
    }

    private static EntityTag tag(Draft draft) {
        return new EntityTag(String.valueOf(draft.revision()));
    }

    private DraftStore store() {
        return FormsApi.available(drafts);
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}

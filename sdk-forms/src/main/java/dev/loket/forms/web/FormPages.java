package dev.loket.forms.web;

import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.core.web.Page;
import dev.loket.forms.api.FormCatalog;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.identity.Identity;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.web.CurrentLogin;
import dev.loket.forms.internal.PersonalDrafts;
import dev.loket.forms.internal.web.Flow;
import dev.loket.forms.internal.web.Journeys;
import dev.loket.forms.internal.web.MultipartForm;
import dev.loket.forms.internal.web.Requesters;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.SubmissionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The forms as web pages for the person themselves: server-rendered, usable without JavaScript,
 * with the GOV.UK and NL Design System patterns (a start page, a page per step or per question with
 * "Stap 2 van 5", an error summary, check your answers, a confirmation). Every posted page is saved
 * as a draft before anything else happens, so no typed answer is ever lost; the browser keeps only
 * the draft's id, in a cookie for this form.
 *
 * <p>A cookie is not a login: a draft started while logged in holds the person's BSN, name and birth
 * date, and opens only for a login that acts for that person (see {@link DraftAccess}). Anyone else
 * with its cookie, such as the next person at a shared computer after logout, gets a page that shows
 * nothing of it and offers to log in; the draft stays. Its owner, once logged in, continues it even
 * without the cookie.
 *
 * <p>One instance serves every request (its {@code @Context} fields are proxies to the current
 * request; it keeps nothing of a request in a field): a new one per request cost a CDI injection of
 * a dozen fields and a configuration read, about 5 % of a step page's CPU.
 */
@ApplicationScoped
@Path("forms")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Form pages")
public class FormPages {

    /** The cookie that holds the browser's draft of one form; its path is the form's address. */
    static final String DRAFT_COOKIE = "loket-draft";

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
    Journeys journeys;

    @Inject
    Instance<CurrentLogin> login;

    @Inject
    Instance<Pseudonyms> pseudonyms;

    @Inject
    Instance<Prefill> prefill;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The forms on offer (HTML)")
    public Page list() {
        return journeys.list(catalog, language());
    }

    @GET
    @Path("{form}")
    @Operation(summary = "A form's start page: what it is for, what you need, and a button to start (HTML)")
    public Page start(@PathParam("form") String formId, @CookieParam(DRAFT_COOKIE) String draftId,
                      @QueryParam("missing") String missing) {
        Flow flow = flow(formId);
        return flow.startPage(found(flow, draftId).isPresent(), missing != null);
    }

    @POST
    @Path("{form}")
    @Operation(summary = "Start the form: a new draft, then the first page")
    public Response begin(@PathParam("form") String formId) {
        Flow flow = flow(formId);
        String version = flow.journey().definition().version();
        // A logged-in citizen's draft is theirs (by pseudonym) and prefilled from their BSN where the law allows.
        Optional<Identity.Citizen> citizen = login.isResolvable() && !pseudonyms.isUnsatisfied()
                ? login.get().citizen() : Optional.empty();
        // What the registers gave for the person the login determines is bound to that login: kept on every save.
        Draft draft = citizen.map(c -> PersonalDrafts.start(store(),
                        prefill.isUnsatisfied() ? Optional.empty() : Optional.of(prefill.get()),
                        flow.journey().definition(), PrefillSubject.of(c.bsn(), pseudonyms.get()), Channel.WEB,
                        Json.mapper().createObjectNode()))
                .orElseGet(() -> store().start(formId, version, Channel.WEB, "{}"));
        return flow.redirectToContinue(draft).cookie(cookie(formId, draft.id().toString(), false)).build();
    }

    @GET
    @Path("{form}/continue")
    @Operation(summary = "Continue the browser's draft where it was left: the first page with something to do")
    public Response continueDraft(@PathParam("form") String formId, @CookieParam(DRAFT_COOKIE) String draftId) {
        Flow flow = flow(formId);
        return open(flow, draftId, d -> flow.redirectToContinue(d).build());
    }

    @GET
    @Path("{form}/steps/{step}")
    @Operation(summary = "A page of the form (HTML)")
    public Response page(@PathParam("form") String formId, @PathParam("step") String step,
                         @CookieParam(DRAFT_COOKIE) String draftId) {
        return showPage(formId, step, Optional.empty(), draftId);
    }

    @GET
    @Path("{form}/steps/{step}/{question}")
    @Operation(summary = "A page of a form that asks one question per page (HTML)")
    public Response questionPage(@PathParam("form") String formId, @PathParam("step") String step,
                                 @PathParam("question") String question, @CookieParam(DRAFT_COOKIE) String draftId) {
        return showPage(formId, step, Optional.of(question), draftId);
    }

    @POST
    @Path("{form}/steps/{step}")
    @Operation(summary = "Answer a page: saved at once, then checked")
    public Response answer(@PathParam("form") String formId, @PathParam("step") String step,
                           @CookieParam(DRAFT_COOKIE) String draftId) {
        return postPage(formId, step, Optional.empty(), draftId, new MultipartForm(request.getParameterMap(), List.of()));
    }

    @POST
    @Path("{form}/steps/{step}/{question}")
    @Operation(summary = "Answer a question page: saved at once, then checked")
    public Response answerQuestion(@PathParam("form") String formId, @PathParam("step") String step,
                                   @PathParam("question") String question, @CookieParam(DRAFT_COOKIE) String draftId) {
        return postPage(formId, step, Optional.of(question), draftId,
                new MultipartForm(request.getParameterMap(), List.of()));
    }

    @POST
    @Path("{form}/steps/{step}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Answer a page with files: saved at once, then checked")
    public Response answerWithFiles(@PathParam("form") String formId, @PathParam("step") String step,
                                    @CookieParam(DRAFT_COOKIE) String draftId, List<EntityPart> parts) {
        return postPage(formId, step, Optional.empty(), draftId, MultipartForm.read(parts, headers.getCookies()));
    }

    @POST
    @Path("{form}/steps/{step}/{question}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Answer a question page with files: saved at once, then checked")
    public Response answerQuestionWithFiles(@PathParam("form") String formId, @PathParam("step") String step,
                                            @PathParam("question") String question,
                                            @CookieParam(DRAFT_COOKIE) String draftId, List<EntityPart> parts) {
        return postPage(formId, step, Optional.of(question), draftId, MultipartForm.read(parts, headers.getCookies()));
    }

    @POST
    @Path("{form}/saved/mail")
    @Operation(summary = "E-mail the code and secret of a saved draft to the address the person typed")
    public Response mailResumeCode(@PathParam("form") String formId) {
        return journeys.mailResumeCode(request, flow(formId), request.getParameter("code"), request.getParameter("secret"),
                request.getParameter("email"));
    }

    @GET
    @Path("{form}/check")
    @Operation(summary = "Check your answers, with a link to change each (HTML)")
    public Response check(@PathParam("form") String formId, @CookieParam(DRAFT_COOKIE) String draftId) {
        Flow flow = flow(formId);
        return open(flow, draftId, flow::checkPage);
    }

    @POST
    @Path("{form}/check")
    @Operation(summary = "Send the form: checked, stored durably, then the confirmation")
    public Response submit(@PathParam("form") String formId, @CookieParam(DRAFT_COOKIE) String draftId) {
        Flow flow = flow(formId);
        Optional<Draft> draft = found(flow, draftId);
        if (draft.isEmpty()) {
            // Sent twice (a double click, a retry after a lost answer): the first one is the answer.
            return flow.alreadySubmitted(idOf(draftId), access()).orElseGet(() -> flow.redirectToStart(true));
        }
        if (!access().mayOpen(draft.get())) {
            return flow.loginNeeded();
        }
        // Filed with a mandate: recorded with who acted for whom.
        return flow.submit(draft.get(), Requesters.representation(login, pseudonyms),
                r -> r.cookie(cookie(formId, "", true)));
    }

    @GET
    @Path("{form}/submissions/{submission}")
    @Operation(summary = "The confirmation of a sent form, with the proof of submission (HTML)")
    public Page confirmation(@PathParam("form") String formId, @PathParam("submission") UUID submission) {
        return flow(formId).confirmationPage(submission);
    }

    @GET
    @Path("{form}/submissions/{submission}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The proof of submission as a PDF, for paper")
    public Response receiptPdf(@PathParam("form") String formId, @PathParam("submission") UUID submission) {
        return flow(formId).receiptPdf(submission);
    }

    @GET
    @Path("resume")
    @Operation(summary = "Continue a saved form with its code and secret (HTML)")
    public Page resumePage() {
        return journeys.resumePage(language());
    }

    @POST
    @Path("resume")
    @Operation(summary = "Open a saved draft with its code and secret, on this channel")
    public Response resume() {
        Language language = language();
        String code = request.getParameter("code");
        String secret = request.getParameter("secret");
        Draft draft;
        try {
            draft = journeys.resume(request, store(), code == null ? "" : code, secret == null ? "" : secret);
        } catch (LoketException notFound) {
            return journeys.resumeRefused(language, code, notFound);
        }
        Flow flow = flow(draft.formId());
        return flow.redirectToContinue(draft).cookie(cookie(draft.formId(), draft.id().toString(), false)).build();
    }

    private Response showPage(String formId, String step, Optional<String> question, String draftId) {
        Flow flow = flow(formId);
        return open(flow, draftId, d -> flow.showPage(d, step, question));
    }

    private Response postPage(String formId, String step, Optional<String> question, String draftId,
                              MultipartForm form) {
        Flow flow = flow(formId);
        return open(flow, draftId, d -> flow.postPage(d, step, question, form.fields(),
                form.uploads(), resumable -> journeys.savedPage(flow, resumable)));
    }

    private Flow flow(String formId) {
        FormCatalog.Entry form = catalog.require(formId);
        return journeys.flow(form, "/forms/" + formId, language(), uri, store(), submissions, receipts, Channel.WEB);
    }

    /**
     * Answers with the browser's draft of this form when this request may open it; with the page that asks
     * to log in when it belongs to someone else; with the start page when there is none.
     */
    private Response open(Flow flow, String draftId, Function<Draft, Response> then) {
        Optional<Draft> draft = found(flow, draftId);
        if (draft.isEmpty()) {
            return flow.redirectToStart(true);
        }
        return access().mayOpen(draft.get()) ? then.apply(draft.get()) : flow.loginNeeded();
    }

    /**
     * The browser's draft of this form, if it still exists, whoever it belongs to; without one, the logged-in
     * person's own most recent draft of this form (a logout may have removed the cookie).
     */
    private Optional<Draft> found(Flow flow, String draftId) {
        String form = flow.journey().definition().id();
        Optional<Draft> inBrowser = idOf(draftId).flatMap(id -> store().find(id)).filter(d -> d.formId().equals(form));
        if (inBrowser.isPresent()) {
            return inBrowser;
        }
        return access().actingFor().flatMap(person -> store().ownedBy(person).stream()
                .filter(d -> d.formId().equals(form)).findFirst());
    }

    /** Who asks: the person the login acts for; on these pages, never an employee (they use the counter). */
    private DraftAccess access() {
        return Requesters.citizen(login, pseudonyms);
    }

    private static Optional<UUID> idOf(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private NewCookie cookie(String formId, String value, boolean remove) {
        NewCookie.Builder cookie = new NewCookie.Builder(DRAFT_COOKIE)
                .value(value)
                .path(uri.getBaseUri().getPath().replaceAll("/$", "") + "/forms/" + formId)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX);
        if (remove) {
            cookie.maxAge(0);
        }
        return cookie.build();
    }

    private DraftStore store() {
        if (drafts.isUnsatisfied()) {
            throw new LoketException(ProblemType.UNAVAILABLE, Message.of(Message.CORE_BUNDLE, "problem.unavailable.detail"));
        }
        return drafts.get();
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}

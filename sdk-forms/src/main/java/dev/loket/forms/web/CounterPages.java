package dev.loket.forms.web;

import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.identifier.Bsn;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.core.web.Page;
import dev.loket.forms.api.FormCatalog;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.internal.PersonalDrafts;
import dev.loket.forms.internal.web.Flow;
import dev.loket.forms.internal.web.Journeys;
import dev.loket.forms.internal.web.MultipartForm;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Pseudonyms;
import dev.loket.identity.Representation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The counter: an employee with the role {@value #ROLE} fills in a form for a citizen who came in
 * person, on the same pages the citizen would see online, with a banner that says so. The citizen
 * is identified by their BSN (shown on their ID); the draft becomes theirs (by pseudonym), is
 * prefilled where the law allows, and the submission records who acted, for whom and at which
 * counter. A draft the citizen started online continues here with its code and secret.
 *
 * <p>One instance serves every request (its {@code @Context} fields are proxies to the current
 * request; it keeps nothing of a request in a field): a new one per request cost a CDI injection of
 * a dozen fields and a configuration read, about 5 % of a step page's CPU.
 */
@ApplicationScoped
@Path("counter")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Counter pages")
public class CounterPages {

    /** The role an employee needs for the counter pages. */
    public static final String ROLE = "employee";
    /** An employee at the counter, who acts for citizens: every page here checks the role first. */
    private static final DraftAccess EMPLOYEE = new DraftAccess(Optional.empty(), true);
    private static final ProblemType EMPLOYEES_ONLY = ProblemType.of("forms/employees-only", 403, Journeys.BUNDLE);

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
    Instance<Pseudonyms> pseudonyms;

    @Inject
    Instance<Prefill> prefill;

    @Inject
    Journeys journeys;

    @Inject
    @ConfigProperty(name = "loket.forms.counter.name")
    Optional<String> counterName;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The counter: start a form for a citizen, or continue their draft (HTML; employees only)")
    public Page home() {
        employee();
        return journeys.counterHome(catalog, language(), "", "", Optional.empty());
    }

    @POST
    @Path("forms")
    @Operation(summary = "Start a form for the citizen with this BSN, prefilled where the law allows")
    public Response begin() {
        employee();
        String formId = parameter("form");
        Optional<Bsn> bsn = Bsn.parse(parameter("bsn"));
        Optional<FormCatalog.Entry> form = catalog.find(formId);
        if (bsn.isEmpty() || form.isEmpty()) {
            return refused("start", bsn.isEmpty() ? "counter.bsn.invalid" : "counter.form.choose");
        }
        PrefillSubject citizen = PrefillSubject.of(bsn.get(), pseudonyms());
        // Typed in from a paper form the citizen signed, or filled in together at the counter.
        Channel channel = "paper".equals(parameter("channel")) ? Channel.PAPER : Channel.COUNTER;
        // What the registers gave for the citizen is bound to them: kept on every save, by whoever saves.
        Draft draft = PersonalDrafts.start(store(), prefill.isUnsatisfied() ? Optional.empty() : Optional.of(prefill.get()),
                form.get().definition(), citizen, channel, Json.mapper().createObjectNode());
        return flow(draft).redirectToContinue(draft).build();
    }

    @POST
    @Path("resume")
    @Operation(summary = "Continue at the counter a draft the citizen started elsewhere, with its code and secret")
    public Response resume() {
        employee();
        Optional<Bsn> bsn = Bsn.parse(parameter("bsn"));
        if (bsn.isEmpty()) {
            return refused("resume", "counter.bsn.invalid");
        }
        Draft draft;
        try {
            draft = journeys.resume(request, store(), parameter("code"), parameter("secret"));
            // The BSN on the ID the citizen showed is bound to the draft: no other number is filed for them.
            PrefillSubject citizen = PrefillSubject.of(bsn.get(), pseudonyms());
            String bound = Prefill.boundToLogin(catalog.require(draft.formId()).definition(), citizen,
                    Json.mapper().createObjectNode()).toString();
            draft = store().claim(draft.id(), citizen.pseudonym(), bound);
        } catch (LoketException notFound) {
            return Journeys.refusedStatus(notFound).entity(journeys.counterHome(catalog, language(), parameter("code"), "resume",
                    Optional.of(notFound.detail().in(language())))).build();
        }
        return flow(draft).redirectToContinue(draft).build();
    }

    @GET
    @Path("forms/{form}/{draft}/continue")
    @Operation(summary = "Continue a counter draft where it was left")
    public Response continueDraft(@PathParam("form") String formId, @PathParam("draft") UUID draftId) {
        employee();
        Draft draft = draft(formId, draftId);
        return flow(draft).redirectToContinue(draft).build();
    }

    @GET
    @Path("forms/{form}/{draft}/steps/{step}")
    @Operation(summary = "A page of the form, as the citizen would see it (HTML)")
    public Response page(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                         @PathParam("step") String step) {
        employee();
        Draft draft = draft(formId, draftId);
        return flow(draft).showPage(draft, step, Optional.empty());
    }

    @GET
    @Path("forms/{form}/{draft}/steps/{step}/{question}")
    @Operation(summary = "A question page of the form, as the citizen would see it (HTML)")
    public Response questionPage(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                                 @PathParam("step") String step, @PathParam("question") String question) {
        employee();
        Draft draft = draft(formId, draftId);
        return flow(draft).showPage(draft, step, Optional.of(question));
    }

    @POST
    @Path("forms/{form}/{draft}/steps/{step}")
    @Operation(summary = "Answer a page for the citizen: saved at once, then checked")
    public Response answer(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                           @PathParam("step") String step) {
        return post(formId, draftId, step, Optional.empty(), new MultipartForm(request.getParameterMap(), List.of()));
    }

    @POST
    @Path("forms/{form}/{draft}/steps/{step}/{question}")
    @Operation(summary = "Answer a question page for the citizen: saved at once, then checked")
    public Response answerQuestion(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                                   @PathParam("step") String step, @PathParam("question") String question) {
        return post(formId, draftId, step, Optional.of(question),
                new MultipartForm(request.getParameterMap(), List.of()));
    }

    @POST
    @Path("forms/{form}/{draft}/steps/{step}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Answer a page with files for the citizen: saved at once, then checked")
    public Response answerWithFiles(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                                    @PathParam("step") String step, List<EntityPart> parts) {
        employee();
        return post(formId, draftId, step, Optional.empty(), MultipartForm.read(parts, headers.getCookies()));
    }

    @POST
    @Path("forms/{form}/{draft}/steps/{step}/{question}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Answer a question page with files for the citizen: saved at once, then checked")
    public Response answerQuestionWithFiles(@PathParam("form") String formId, @PathParam("draft") UUID draftId,
                                            @PathParam("step") String step, @PathParam("question") String question,
                                            List<EntityPart> parts) {
        employee();
        return post(formId, draftId, step, Optional.of(question), MultipartForm.read(parts, headers.getCookies()));
    }

    @POST
    @Path("forms/{form}/{draft}/saved/mail")
    @Operation(summary = "E-mail the citizen the code and secret of their saved draft")
    public Response mailResumeCode(@PathParam("form") String formId, @PathParam("draft") UUID draftId) {
        employee();
        return journeys.mailResumeCode(request, flow(draft(formId, draftId)), parameter("code"), parameter("secret"),
                parameter("email"));
    }

    @GET
    @Path("forms/{form}/{draft}/check")
    @Operation(summary = "Check the answers with the citizen (HTML)")
    public Response check(@PathParam("form") String formId, @PathParam("draft") UUID draftId) {
        employee();
        Draft draft = draft(formId, draftId);
        return flow(draft).checkPage(draft);
    }

    @POST
    @Path("forms/{form}/{draft}/check")
    @Operation(summary = "Send the form for the citizen: stored with who acted, for whom and where")
    public Response submit(@PathParam("form") String formId, @PathParam("draft") UUID draftId) {
        String employee = employee();
        Optional<Draft> draft = store().find(draftId).filter(d -> d.formId().equals(formId));
        if (draft.isEmpty()) {
            return flow(formId, draftId, Channel.COUNTER).alreadySubmitted(Optional.of(draftId), EMPLOYEE)
                    .orElseThrow(CounterPages::gone);
        }
        String citizen = draft.get().owner().orElseThrow(CounterPages::gone);
        Representation employeeForCitizen = draft.get().channel() == Channel.PAPER
                ? Representation.fromPaper(employee, citizen, counterName.orElse(""))
                : Representation.atCounter(employee, citizen, counterName.orElse(""));
        return flow(draft.get()).submit(draft.get(), Optional.of(employeeForCitizen), r -> r);
    }

    private Response post(String formId, UUID draftId, String step, Optional<String> question, MultipartForm form) {
        employee();
        Draft draft = draft(formId, draftId);
        Flow flow = flow(draft);
        return flow.postPage(draft, step, question, form.fields(), form.uploads(),
                resumable -> journeys.savedPage(flow, resumable));
    }

    /** A draft typed in from paper stays on paper; anything else continued here is at the counter. */
    private Flow flow(Draft draft) {
        return flow(draft.formId(), draft.id(), draft.channel() == Channel.PAPER ? Channel.PAPER : Channel.COUNTER);
    }

    private Flow flow(String formId, UUID draftId, Channel channel) {
        FormCatalog.Entry form = catalog.require(formId);
        return journeys.flow(form, "/counter/forms/" + formId + "/" + draftId, language(), uri, store(), submissions,
                receipts, channel).atCounter(counterName.orElse(""));
    }

    /** A counter draft: one that belongs to a citizen who identified themselves here. */
    private Draft draft(String formId, UUID id) {
        return store().find(id).filter(d -> d.formId().equals(formId) && d.owner().isPresent())
                .orElseThrow(CounterPages::gone);
    }

    private Response refused(String section, String key) {
        Language language = language();
        return Response.status(422).entity(journeys.counterHome(catalog, language, parameter("code"), section,
                Optional.of(Message.of(Journeys.BUNDLE, key).in(language)))).build();
    }

    /** The employee's user id; only employees may use the counter, whatever the application's security says. */
    private String employee() {
        if (security.getUserPrincipal() == null || !security.isUserInRole(ROLE)) {
            throw new LoketException(EMPLOYEES_ONLY, Message.of(Journeys.BUNDLE, "counter.forbidden"));
        }
        return security.getUserPrincipal().getName();
    }

    private String parameter(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private Pseudonyms pseudonyms() {
        return available(pseudonyms);
    }

    private DraftStore store() {
        return available(drafts);
    }

    private static <T> T available(Instance<T> instance) {
        if (instance.isUnsatisfied()) {
            throw new LoketException(ProblemType.UNAVAILABLE, Message.of(Message.CORE_BUNDLE, "problem.unavailable.detail"));
        }
        return instance.get();
    }

    private static LoketException gone() {
        return new LoketException(ProblemType.NOT_FOUND, Message.of(Journeys.BUNDLE, "draft.not-found"));
    }

    private Language language() {
        return languages.of(headers, uri);
    }
}

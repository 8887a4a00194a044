package dev.loket.forms.internal.web;

import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.Page;
import dev.loket.forms.api.FormCatalog;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftFiles;
import dev.loket.forms.draft.DraftMail;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.draft.ResumeCode;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.submission.PaperReceipt;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Representation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.commons.validator.routines.EmailValidator;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The web journeys of the application's forms, one per form, made once; and the pages that belong to
 * no single form (the list, continuing a saved form). A {@link Flow} is one request's view of one
 * form: for the person's own browser or for an employee at the counter, with the address the pages
 * live under.
 */
@ApplicationScoped
public class Journeys {

    public static final String BUNDLE = "dev.loket.forms.messages";
    public static final ProblemType UNKNOWN_FORM = ProblemType.of("forms/unknown-form", 404, BUNDLE);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Map<String, FormJourney> journeys = new ConcurrentHashMap<>();

    /** The list of forms on offer. */
    public Page list(FormCatalog catalog, Language language) {
        List<Map<String, String>> forms = catalog.all().stream()
                .map(e -> Map.of("id", e.definition().id(), "title", e.definition().title().in(language),
                        "intro", e.definition().intro().in(language)))
                .toList();
        return new Page("forms/list", Map.of("forms", forms));
    }

    /** The page where a person types the code and secret of a saved form. */
    public Page resumePage(Language language) {
        return new Page("forms/resume", Map.of("code", "", "errors", List.of()));
    }

    /** The same page again, with why the code did not open a draft. */
    public Response resumeRefused(Language language, String code, LoketException refusal) {
        Page page = new Page("forms/resume", Map.of("code", code == null ? "" : code,
                "errors", List.of(new Field.Choice("resume-code", "", refusal.detail().in(language), false))));
        return Response.status(422).entity(page).build();
    }

    /** The page that shows the code and secret to continue later, once. */
    public Response savedPage(Flow flow, ResumableDraft resumable) {
        return Response.ok(saved(flow, resumable.code().toString(), resumable.secret(), resumable.draft(), "",
                List.of())).build();
    }

    /**
     * Sends the code and secret the saved page showed to the address the person typed there, and shows
     * the page again with what happened. The code and secret must open a draft of this form.
     */
    public Response mailResumeCode(Flow flow, String code, String secret, String address) {
        Draft draft = flow.drafts.resume(code, secret);
        Optional<DraftMail> mailer = mailer();
        if (!draft.formId().equals(flow.formId()) || mailer.isEmpty()) {
            throw new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "draft.resume.not-found"));
        }
        String typed = address == null ? "" : address.strip();
        if (!EmailValidator.getInstance().isValid(typed)) {
            return Response.status(422).entity(saved(flow, code, secret, draft, "", List.of(new Field.Choice(
                    "saved-email", "", Message.of(BUNDLE, "web.mail.invalid").in(flow.language), false)))).build();
        }
        ResumeCode resumeCode = ResumeCode.parse(code).orElseThrow();
        try {
            mailer.get().send(new DraftMail.ResumeLetter(typed, flow.journey.definition().title().in(flow.language),
                    resumeCode, secret, draft.expiresAt(), flow.uri.getBaseUriBuilder().path("forms/resume").build(),
                    flow.language));
        } catch (IllegalStateException notSent) {
            LOG.warning(() -> "A resume code was not mailed: " + notSent.getMessage());
            return Response.status(503).entity(saved(flow, code, secret, draft, "", List.of(new Field.Choice(
                    "saved-email", "", Message.of(BUNDLE, "web.mail.failed").in(flow.language), false)))).build();
        }
        return Response.ok(saved(flow, code, secret, draft, typed, List.of())).build();
    }

    /** The application's mail, if it can send any (its producer may give none when no server is configured). */
    private Optional<DraftMail> mailer() {
        return mail.isUnsatisfied() ? Optional.empty() : Optional.ofNullable(mail.get());
    }

    private Page saved(Flow flow, String code, String secret, Draft draft, String mailedTo, List<Field.Choice> errors) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", flow.language.locale());
        return new Page("forms/saved", Map.of())
                .with("formTitle", flow.journey.definition().title().in(flow.language))
                .with("flow", flow.base)
                .with("code", code)
                .with("secret", secret)
                .with("expires", date.format(draft.expiresAt().atZone(AMSTERDAM)))
                .with("canMail", mailer().isPresent())
                .with("mailedTo", mailedTo)
                .with("errors", errors);
    }

    /**
     * The counter's own page: start a form for a citizen, or continue a draft with its code.
     *
     * @param section which of the two the error belongs to ({@code start} or {@code resume}), or empty
     */
    public Page counterHome(FormCatalog catalog, Language language, String code, String section, Optional<String> error) {
        List<Map<String, String>> forms = catalog.all().stream()
                .map(e -> Map.of("id", e.definition().id(), "title", e.definition().title().in(language)))
                .toList();
        List<Field.Choice> errors = error.map(e -> List.of(new Field.Choice(
                section.equals("resume") ? "resume-code" : "start-bsn", "", e, false))).orElse(List.of());
        return new Page("forms/counter", Map.of("forms", forms, "code", code == null ? "" : code,
                "section", section, "errors", errors));
    }

    private static final Logger LOG = Logger.getLogger(Journeys.class.getName());

    @Inject
    Instance<DraftFiles> files;

    @Inject
    Instance<DraftMail> mail;

    public Flow flow(FormCatalog.Entry form, String base, Language language, UriInfo uri, DraftStore drafts,
                     Instance<SubmissionStore> submissions, Instance<Receipts> receipts, Channel channel) {
        FormJourney journey = journeys.computeIfAbsent(form.definition().id(),
                id -> new FormJourney(form.definition(), form.evaluator()));
        return new Flow(journey, base, language, uri, drafts, submissions, receipts, files, channel, Optional.empty());
    }

    /** One request's view of one form's journey. */
    public static final class Flow {

        private final FormJourney journey;
        private final String base;
        private final Language language;
        private final UriInfo uri;
        private final DraftStore drafts;
        private final Instance<SubmissionStore> submissions;
        private final Instance<Receipts> receipts;
        private final Instance<DraftFiles> files;
        private final Channel channel;
        private final EvaluationContext context;
        /** At a counter: its name (possibly empty); for the person's own browser: empty. */
        private final Optional<String> counter;

        private Flow(FormJourney journey, String base, Language language, UriInfo uri, DraftStore drafts,
                     Instance<SubmissionStore> submissions, Instance<Receipts> receipts, Instance<DraftFiles> files,
                     Channel channel, Optional<String> counter) {
            this.counter = counter;
            this.files = files;
            this.journey = journey;
            this.base = base;
            this.language = language;
            this.uri = uri;
            this.drafts = drafts;
            this.submissions = submissions;
            this.receipts = receipts;
            this.channel = channel;
            this.context = EvaluationContext.of(language);
        }

        public FormJourney journey() {
            return journey;
        }

        /** This flow as an employee at the named counter sees it: the citizen's pages, with a banner. */
        public Flow atCounter(String counterName) {
            return new Flow(journey, base, language, uri, drafts, submissions, receipts, files, channel,
                    Optional.of(counterName));
        }

        /** The form's start page; offers to continue when the browser has a draft of it. */
        public Page startPage(boolean hasDraft, boolean draftMissing) {
            return page("forms/start")
                    .with("intro", journey.definition().intro().in(language))
                    .with("hasDraft", hasDraft)
                    .with("draftMissing", draftMissing);
        }

        /** To where the person continues: the first page with something to do, else the check page. */
        public Response.ResponseBuilder redirectToContinue(Draft draft) {
            Evaluation evaluation = journey.evaluate(draft.data(), context);
            return seeOther(journey.continueAt(evaluation).map(WebPage::path).orElse("check"));
        }

        public Response redirectToStart(boolean draftMissing) {
            URI start = uri.getBaseUriBuilder().path(base).replaceQuery(draftMissing ? "missing=1" : null).build();
            return Response.seeOther(start).build();
        }

        public Response showPage(Draft draft, String step, Optional<String> question) {
            Evaluation evaluation = journey.evaluate(draft.data(), context);
            Optional<WebPage> page = journey.page(step, question);
            if (page.isEmpty()) {
                throw new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "web.page.not-found"));
            }
            if (!journey.isShown(page.get(), evaluation)) {
                return redirectToContinue(draft).build();
            }
            boolean toCheck = "check".equals(uri.getQueryParameters().getFirst("return"));
            return Response.ok(stepPage(page.get(), evaluation, draft, Set.of(), false, toCheck)).build();
        }

        /**
         * Saves the posted page first, whatever it holds, then checks it: errors show the page again,
         * otherwise the person goes on (or back, or gets a code to continue later).
         */
        public Response postPage(Draft draft, String step, Optional<String> question, Map<String, String[]> form,
                                 List<Upload> uploads, Function<ResumableDraft, Response> saved) {
            WebPage page = journey.page(step, question).orElseThrow(() ->
                    new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "web.page.not-found")));
            long revision = revisionOf(form).orElse(draft.revision());
            String[] action = form.get("_action");
            FormJourney.Posted posted = journey.post(page, draft.data(), form, store(draft, uploads),
                    action == null ? null : action[0], context);
            Draft stored = drafts.save(draft.id(), revision, channel, posted.data().toString());
            posted.removedFiles().forEach(id -> available(files).remove(draft.id(), UUID.fromString(id)));
            Evaluation evaluation = journey.evaluate(stored.data(), context);
            FormJourney.Action asked = posted.action();
            if (asked instanceof FormJourney.Action.Back) {
                return seeOther(journey.previous(page, evaluation).map(WebPage::path).orElse(null)).build();
            }
            if (asked instanceof FormJourney.Action.Later) {
                return saved.apply(drafts.issueResumeCode(stored.id()));
            }
            if (asked instanceof FormJourney.Action.Add || asked instanceof FormJourney.Action.Remove) {
                return Response.ok(stepPage(page, evaluation, stored, Set.of(), false, returnsToCheck(form))).build();
            }
            return next(page, evaluation, stored, posted.shown(), returnsToCheck(form));
        }

        /** Keeps the posted files with the draft; their descriptions go into the answers. */
        private Map<String, List<ObjectNode>> store(Draft draft, List<Upload> uploads) {
            Map<String, List<ObjectNode>> added = new LinkedHashMap<>();
            for (Upload upload : uploads) {
                if (upload.content().length > 0) {
                    DraftFiles.Added file = available(files).add(draft.id(), upload.name(), upload.recognisedType(),
                            upload.content());
                    added.computeIfAbsent(upload.pointer(), p -> new ArrayList<>()).add(file.asAnswer());
                }
            }
            return added;
        }

        private Response next(WebPage page, Evaluation evaluation, Draft stored, Set<String> shown, boolean toCheck) {
            if (journey.isShown(page, evaluation)) {
                FormJourney.Check check = journey.check(page, evaluation, shown);
                if (check.hasErrors() || check.newQuestions()) {
                    return Response.status(check.hasErrors() ? 422 : 200)
                            .entity(stepPage(page, evaluation, stored, shown, check.newQuestions(), toCheck)).build();
                }
            }
            if (toCheck && journey.continueAt(evaluation).isEmpty()) {
                return seeOther("check").build();
            }
            return seeOther(journey.next(page, evaluation).map(WebPage::path).orElse("check")).build();
        }

        public Response checkPage(Draft draft) {
            Evaluation evaluation = journey.evaluate(draft.data(), context);
            if (journey.continueAt(evaluation).isPresent()) {
                return redirectToContinue(draft).build();
            }
            Page check = journey.checkPage(evaluation, language).with("flow", base).with("formId", formId())
                    .with("revision", draft.revision());
            if (counter.isPresent()) {
                check = withCounter(check).with("payAtCounter", journey.paymentAtCounter(evaluation, language).orElse(""));
            }
            return Response.ok(check).build();
        }

        /**
         * Files the draft's answers exactly once (the draft's id is the idempotency key), deletes the
         * draft, and sends the person to the confirmation.
         */
        public Response submit(Draft draft, Optional<Representation> representation,
                               UnaryOperator<Response.ResponseBuilder> finish) {
            Submission checked = journey.submission(draft.data(), context);
            if (!checked.accepted()) {
                return redirectToContinue(draft).build();
            }
            SubmissionStore store = available(submissions);
            StoredSubmission stored = store.store(formId(), journey.definition().version(), channel,
                    idempotencyKey(draft.id()), checked.data().toString(), representation);
            if (!files.isUnsatisfied()) {
                files.get().attach(draft.id(), stored.id());
            }
            drafts.delete(draft.id());
            return finish.apply(confirmationRedirect(stored.id())).build();
        }

        /** For a draft sent already: the way to its confirmation. */
        public Optional<Response> alreadySubmitted(Optional<UUID> draftId) {
            return draftId.flatMap(id -> available(submissions).find(formId(), idempotencyKey(id)))
                    .map(s -> confirmationRedirect(s.id()).build());
        }

        public Page confirmationPage(UUID submissionId) {
            StoredSubmission stored = submission(submissionId);
            DateTimeFormatter time = DateTimeFormatter.ofPattern(language == Language.NL ? "d MMMM yyyy 'om' HH:mm"
                    : "d MMMM yyyy 'at' HH:mm", language.locale());
            return page("forms/confirmation")
                    .with("submissionId", stored.id().toString())
                    .with("submittedAt", time.format(stored.submittedAt().atZone(AMSTERDAM)))
                    .with("dataSha256", stored.dataSha256())
                    .with("receipt", available(receipts).sign(stored))
                    .with("channel", stored.channel().name().toLowerCase(Locale.ROOT));
        }

        public Response receiptPdf(UUID submissionId) {
            StoredSubmission stored = submission(submissionId);
            byte[] pdf = PaperReceipt.pdf(stored, journey.definition().title().in(language),
                    available(receipts).sign(stored), language);
            return Response.ok(pdf, "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"bewijs-" + stored.id() + ".pdf\"")
                    .build();
        }

        private StoredSubmission submission(UUID id) {
            return available(submissions).find(id).filter(s -> s.formId().equals(formId()))
                    .orElseThrow(() -> new LoketException(ProblemType.NOT_FOUND,
                            Message.of(BUNDLE, "web.submission.not-found")));
        }

        private Response.ResponseBuilder confirmationRedirect(UUID submissionId) {
            // The confirmation belongs to the form, not to the counter's draft: the citizen's receipt is the same.
            return Response.seeOther(uri.getBaseUriBuilder().path("forms").path(formId()).path("submissions")
                    .path(submissionId.toString()).build());
        }

        private Page stepPage(WebPage page, Evaluation evaluation, Draft draft, Set<String> showErrorsAt,
                              boolean newQuestions, boolean toCheck) {
            return withCounter(journey.stepPage(page, evaluation, language, showErrorsAt, newQuestions))
                    .with("flow", base)
                    .with("returnToCheck", toCheck)
                    .with("formId", formId())
                    .with("revision", draft.revision())
                    .with("expires", DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale())
                            .format(draft.expiresAt().atZone(AMSTERDAM)));
        }

        /** At the counter, the banner that tells the employee they see what the citizen sees. */
        private Page withCounter(Page page) {
            return counter.map(name -> page.with("counter", name)).orElse(page);
        }

        private Page page(String template) {
            return new Page(template, Map.of())
                    .with("formTitle", journey.definition().title().in(language))
                    .with("formId", formId())
                    .with("flow", base);
        }

        /** A page of the form, or its start page when {@code path} is null. */
        private Response.ResponseBuilder seeOther(String path) {
            var target = uri.getBaseUriBuilder().path(base);
            if (path != null) {
                target.path(path);
            }
            return Response.seeOther(target.build());
        }

        String formId() {
            return journey.definition().id();
        }

        private static String idempotencyKey(UUID draftId) {
            return "draft-" + draftId;
        }

        private static Optional<Long> revisionOf(Map<String, String[]> form) {
            String[] revision = form.get("_revision");
            try {
                return revision == null ? Optional.empty() : Optional.of(Long.parseLong(revision[0]));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }

        private static boolean returnsToCheck(Map<String, String[]> form) {
            String[] back = form.get("_return");
            return back != null && "check".equals(back[0]);
        }

        private static <T> T available(Instance<T> instance) {
            if (instance.isUnsatisfied()) {
                throw new LoketException(ProblemType.UNAVAILABLE,
                        Message.of(Message.CORE_BUNDLE, "problem.unavailable.detail"));
            }
            return instance.get();
        }

        Language language() {
            return language;
        }
    }
}

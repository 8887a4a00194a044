package dev.loket.forms.internal.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.Page;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.draft.DraftFiles;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.evaluation.Evaluation;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.internal.BoundAnswers;
import dev.loket.forms.submission.PaperReceipt;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.NewSubmission;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Representation;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One request's view of one form's web journey: for the person's own browser or for an employee at
 * the counter, with the address its pages live under. Turns what {@link FormJourney} decides into
 * pages, redirects and stored drafts and submissions.
 */
public final class Flow {

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
    private final int maxFilesPerDraft;

    Flow(FormJourney journey, String base, Language language, UriInfo uri, DraftStore drafts,
         Instance<SubmissionStore> submissions, Instance<Receipts> receipts, Instance<DraftFiles> files,
         Channel channel, Optional<String> counter, int maxFilesPerDraft) {
        this.journey = journey;
        this.base = base;
        this.language = language;
        this.uri = uri;
        this.drafts = drafts;
        this.submissions = submissions;
        this.receipts = receipts;
        this.files = files;
        this.channel = channel;
        this.counter = counter;
        this.maxFilesPerDraft = maxFilesPerDraft;
        this.context = EvaluationContext.of(language);
    }

    public FormJourney journey() {
        return journey;
    }

    /** This flow as an employee at the named counter sees it: the citizen's pages, with a banner. */
    public Flow atCounter(String counterName) {
        return new Flow(journey, base, language, uri, drafts, submissions, receipts, files, channel,
                Optional.of(counterName), maxFilesPerDraft);
    }

    /** The form's start page; offers to continue when the browser has a draft of it. */
    public Page startPage(boolean hasDraft, boolean draftMissing) {
        return page("forms/start")
                .with("intro", journey.definition().intro().in(language))
                .with("hasDraft", hasDraft)
                .with("draftMissing", draftMissing);
    }

    /**
     * For a draft that belongs to someone who logged in, opened without their login: a page that shows
     * nothing of it and offers to log in (or to start a form of one's own). The draft stays as it was.
     */
    public Response loginNeeded() {
        return Response.status(Response.Status.FORBIDDEN).entity(page("forms/login-needed")).build();
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
            throw new LoketException(ProblemType.NOT_FOUND, Message.of(Journeys.BUNDLE, "web.page.not-found"));
        }
        if (!journey.isShown(page.get(), evaluation)) {
            return redirectToContinue(draft).build();
        }
        boolean toCheck = "check".equals(uri.getQueryParameters().getFirst("return"));
        return Response.ok(stepPage(page.get(), evaluation, draft, Set.of(), false, toCheck)).build();
    }

    /**
     * Saves the posted page first, whatever it holds, then checks it: errors show the page again,
     * otherwise the person goes on (or back, or gets a code to continue later). Posted files are
     * checked before any is stored (see {@link UploadCheck}); a file refused shows the page again with
     * why, and the rest of the page is saved as usual.
     */
    public Response postPage(Draft draft, String step, Optional<String> question, Map<String, String[]> form,
                             List<Upload> uploads, Function<ResumableDraft, Response> saved) {
        WebPage page = journey.page(step, question).orElseThrow(() ->
                new LoketException(ProblemType.NOT_FOUND, Message.of(Journeys.BUNDLE, "web.page.not-found")));
        long revision = revisionOf(form).orElse(draft.revision());
        String[] action = form.get("_action");
        UploadCheck uploadCheck = checkUploads(page, draft, uploads);
        FormJourney.Posted posted = journey.post(page, draft.data(), form, store(draft, uploadCheck.accepted()),
                action == null ? null : action[0], context);
        Draft stored = drafts.save(draft.id(), revision, channel, posted.data().toString());
        // The ids come from the saved answers, which an API client may have written: only real ids count.
        posted.removedFiles().stream().flatMap(id -> uuid(id).stream())
                .forEach(id -> available(files).remove(draft.id(), id));
        Evaluation evaluation = journey.evaluate(stored.data(), context);
        if (!uploadCheck.refused().isEmpty()) {
            return Response.status(422).entity(stepPage(page, evaluation, stored, posted.shown(), false,
                    returnsToCheck(form), uploadCheck.refused())).build();
        }
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

    /** The posted files checked against the page's file fields and the draft's files; nothing stored yet. */
    private UploadCheck checkUploads(WebPage page, Draft draft, List<Upload> uploads) {
        if (uploads.stream().allMatch(u -> u.content().length == 0)) {
            return new UploadCheck(List.of(), Map.of());
        }
        return UploadCheck.of(uploads, journey.fileFieldsShown(page, draft.data(), context),
                available(files).count(draft.id()), maxFilesPerDraft, language);
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
        // The answers bound to the owner's login, as bound: every save kept them, this makes filing sure of it.
        Submission checked = journey.submission(BoundAnswers.keep(draft.data(), draft.bound()), context);
        if (!checked.accepted()) {
            return redirectToContinue(draft).build();
        }
        SubmissionStore store = available(submissions);
        StoredSubmission stored = store.store(NewSubmission.of(formId(), journey.definition().version(), channel,
                idempotencyKey(draft.id()), checked.data().toString()).withRepresentation(representation)
                .withOwner(draft.owner()));
        if (!files.isUnsatisfied()) {
            files.get().attach(draft.id(), stored.id());
        }
        drafts.delete(draft.id());
        return finish.apply(confirmationRedirect(stored.id())).build();
    }

    /**
     * For a draft sent already: the way to its confirmation, if this request may open what was sent (a
     * person's draft: their login or an employee). To anyone else it is as unknown as any other draft.
     */
    public Optional<Response> alreadySubmitted(Optional<UUID> draftId, DraftAccess access) {
        return draftId.flatMap(id -> available(submissions).find(formId(), idempotencyKey(id)))
                .filter(s -> access.mayOpenOwnedBy(s.owner()))
                .map(s -> confirmationRedirect(s.id()).build());
    }

    public Page confirmationPage(UUID submissionId) {
        StoredSubmission stored = submission(submissionId);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(language == Language.NL ? "d MMMM yyyy 'om' HH:mm"
                : "d MMMM yyyy 'at' HH:mm", language.locale());
        return page("forms/confirmation")
                .with("submissionId", stored.id().toString())
                .with("submittedAt", time.format(stored.submittedAt().atZone(Journeys.AMSTERDAM)))
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
                        Message.of(Journeys.BUNDLE, "web.submission.not-found")));
    }

    private Response.ResponseBuilder confirmationRedirect(UUID submissionId) {
        // The confirmation belongs to the form, not to the counter's draft: the citizen's receipt is the same.
        return Response.seeOther(uri.getBaseUriBuilder().path("forms").path(formId()).path("submissions")
                .path(submissionId.toString()).build());
    }

    private Page stepPage(WebPage page, Evaluation evaluation, Draft draft, Set<String> showErrorsAt,
                          boolean newQuestions, boolean toCheck) {
        return stepPage(page, evaluation, draft, showErrorsAt, newQuestions, toCheck, Map.of());
    }

    private Page stepPage(WebPage page, Evaluation evaluation, Draft draft, Set<String> showErrorsAt,
                          boolean newQuestions, boolean toCheck, Map<String, List<String>> refusedFiles) {
        Set<String> readOnly = new HashSet<>();
        BoundAnswers.keys(draft.bound()).forEach(key -> readOnly.add("/" + key));
        return withCounter(journey.stepPage(page, evaluation, language, showErrorsAt, newQuestions, refusedFiles,
                readOnly))
                .with("flow", base)
                .with("returnToCheck", toCheck)
                .with("formId", formId())
                .with("revision", draft.revision())
                .with("expires", DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale())
                        .format(draft.expiresAt().atZone(Journeys.AMSTERDAM)));
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

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
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

    String base() {
        return base;
    }

    UriInfo uri() {
        return uri;
    }

    DraftStore drafts() {
        return drafts;
    }
}

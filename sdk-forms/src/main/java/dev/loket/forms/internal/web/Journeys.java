package dev.loket.forms.internal.web;

import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.TooManyRequests;
import dev.loket.core.web.Page;
import dev.loket.forms.api.FormCatalog;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftFiles;
import dev.loket.forms.draft.DraftMail;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.draft.ResumeCode;
import dev.loket.forms.internal.ResumeThrottle;
import dev.loket.forms.submission.Receipts;
import dev.loket.forms.submission.SubmissionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.commons.validator.routines.EmailValidator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

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

    /**
     * The draft a code and secret open, checked within the {@link ResumeThrottle}'s limits for the client
     * of this request: every page that takes a code and secret goes through here.
     *
     * @throws TooManyRequests when this client, or everyone, tried too often just now
     * @throws LoketException  {@code not-found} when they do not open a draft
     */
    public Draft resume(HttpServletRequest request, DraftStore drafts, String code, String secret) {
        return throttle.check(request, () -> drafts.resume(code, secret));
    }

    /**
     * The same page again, with why the code did not open a draft: 422, or 429 with {@code Retry-After}
     * when the person must wait before trying again.
     */
    public Response resumeRefused(Language language, String code, LoketException refusal) {
        Page page = new Page("forms/resume", Map.of("code", code == null ? "" : code,
                "errors", List.of(new Field.Choice("resume-code", "", refusal.detail().in(language), false))));
        return refusedStatus(refusal).entity(page).build();
    }

    /** 422 for a code that does not open a draft; 429 with {@code Retry-After} for a throttled attempt. */
    public static Response.ResponseBuilder refusedStatus(LoketException refusal) {
        if (refusal instanceof TooManyRequests tooMany) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
        }
        return Response.status(422);
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
    public Response mailResumeCode(HttpServletRequest request, Flow flow, String code, String secret, String address) {
        Draft draft = resume(request, flow.drafts(), code, secret);
        Optional<DraftMail> mailer = mailer();
        if (!draft.formId().equals(flow.formId()) || mailer.isEmpty()) {
            throw new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "draft.resume.not-found"));
        }
        String typed = address == null ? "" : address.strip();
        if (!EmailValidator.getInstance().isValid(typed)) {
            return Response.status(422).entity(saved(flow, code, secret, draft, "", List.of(new Field.Choice(
                    "saved-email", "", Message.of(BUNDLE, "web.mail.invalid").in(flow.language()), false)))).build();
        }
        ResumeCode resumeCode = ResumeCode.parse(code).orElseThrow();
        try {
            mailer.get().send(new DraftMail.ResumeLetter(typed, flow.journey().definition().title().in(flow.language()),
                    resumeCode, secret, draft.expiresAt(), flow.uri().getBaseUriBuilder().path("forms/resume").build(),
                    flow.language()));
        } catch (IllegalStateException notSent) {
            LOG.warning(() -> "A resume code was not mailed: " + notSent.getMessage());
            return Response.status(503).entity(saved(flow, code, secret, draft, "", List.of(new Field.Choice(
                    "saved-email", "", Message.of(BUNDLE, "web.mail.failed").in(flow.language()), false)))).build();
        }
        return Response.ok(saved(flow, code, secret, draft, typed, List.of())).build();
    }

    /** The application's mail, if it can send any (its producer may give none when no server is configured). */
    private Optional<DraftMail> mailer() {
        return mail.isUnsatisfied() ? Optional.empty() : Optional.ofNullable(mail.get());
    }

    private Page saved(Flow flow, String code, String secret, Draft draft, String mailedTo, List<Field.Choice> errors) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", flow.language().locale());
        return new Page("forms/saved", Map.of())
                .with("formTitle", flow.journey().definition().title().in(flow.language()))
                .with("flow", flow.base())
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

    @Inject
    ResumeThrottle throttle;

    /** The most files one draft holds, whatever its forms' fields allow: bounds what one draft can store. */
    @Inject
    @ConfigProperty(name = "loket.forms.files.max-per-draft", defaultValue = "" + UploadCheck.DEFAULT_MAX_PER_DRAFT)
    int maxFilesPerDraft;

    public Flow flow(FormCatalog.Entry form, String base, Language language, UriInfo uri, DraftStore drafts,
                     Instance<SubmissionStore> submissions, Instance<Receipts> receipts, Channel channel) {
        FormJourney journey = journeys.computeIfAbsent(form.definition().id(),
                id -> new FormJourney(form.definition(), form.evaluator()));
        return new Flow(journey, base, language, uri, drafts, submissions, receipts, files, channel, Optional.empty(),
                maxFilesPerDraft);
    }
}

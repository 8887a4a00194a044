package dev.loket.forms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.forms.api.FormsResource.SubmissionReceipt;
import dev.loket.forms.conversation.Conversation;
import dev.loket.forms.conversation.ConversationState;
import dev.loket.forms.conversation.ConversationStatus;
import dev.loket.forms.conversation.ConversationTurn;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftAccess;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.internal.PersonalDrafts;
import dev.loket.forms.logic.LogicContext;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillSubject;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A form as a conversation over plain text: the API behind a chat, phone or SMS channel. Every
 * turn is saved as a draft (channel {@code CONVERSATION}), so nothing is lost between messages and
 * the same answers can be continued on another channel.
 *
 * <p>When the person confirms the summary, the accepted answers are filed with the transcript, once
 * per conversation (idempotency key {@code conversation-<id>}), and the reply carries the signed
 * receipt. Only then is the draft deleted: a draft left behind could be opened as a session or
 * resumed with its code and filed a second time. The transcript stays readable from the submission,
 * and any later message (a retried "ja") gets the same receipt.
 *
 * <p>A conversation started by a logged-in citizen is theirs, as a session is: prefilled, with the answers
 * bound to their login (their BSN, what the registers gave) read back but never asked or changed, and
 * open only to their login or an employee. To anyone else, before and after filing, it answers 404 with
 * the words of an unknown conversation.
 * One instance serves every request (the request's headers and URI are proxies of the current one),
 * rather than one built and injected per request.
 */
@ApplicationScoped
@Path("api/forms/{form}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms")
public class ConversationsResource {

    /** The idempotency key a conversation files with: once per conversation, whatever is retried. */
    private static final String KEY = "conversation-";
    private static final String CONVERSATION_BUNDLE = "dev.loket.forms.conversation.messages";

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
    UriInfo uri;

    /**
     * What the channel says now.
     *
     * @param conversation the conversation's id
     * @param texts        what to say, in order
     * @param status       {@code asking}, {@code checking}, {@code choosing_change}, {@code submitted} or {@code stopped}
     * @param done         whether the conversation has ended (submitted, or stopped to go on later)
     * @param receipt      once submitted: the stored submission and its signed receipt, the same on every
     *                     later message; absent before
     */
    public record Reply(String conversation, List<String> texts, String status, boolean done,
                        // Absent rather than null on the wire, whichever JSON provider the server picks.
                        @JsonInclude(JsonInclude.Include.NON_NULL) SubmissionReceipt receipt) {

        /** A reply before the form is submitted: no receipt yet. */
        public Reply(String conversation, List<String> texts, String status, boolean done) {
            this(conversation, texts, status, done, null);
        }
    }

    /** A message from the person. */
    public record Incoming(String text) {
    }

    /** Everything said so far. */
    public record Transcript(String conversation, List<TranscriptLine> lines, String status) {
    }

    @POST
    @Operation(summary = "Start a conversation about a form, in the request's language")
    public Response start(@PathParam("form") String formId) {
        FormCatalog.Entry form = form(formId);
        Language language = languages.of(headers, uri);
        // A logged-in citizen's conversation is theirs, as their session is: one way to start a person's draft.
        Optional<PrefillSubject> citizen = Requesters.citizenOf(login, pseudonyms);
        if (citizen.isPresent()) {
            Draft draft = PersonalDrafts.startConversation(store(), prefill.isResolvable() ? Optional.of(prefill.get())
                    : Optional.empty(), form.definition(), citizen.get(), opening -> Conversation.startFor(
                    form.definition(), language, LogicContext.system(), opening.answers(), opening.bound()).state());
            return Response.status(Response.Status.CREATED)
                    .entity(reply(draft.id(), conversation(form, draft).lastTurn(), null)).build();
        }
        Conversation conversation = Conversation.start(form.definition(), language);
        Draft draft = store().start(formId, form.definition().version(), Channel.CONVERSATION, json(conversation.state()));
        return Response.status(Response.Status.CREATED)
                .entity(reply(draft.id(), conversation.lastTurn(), null)).build();
    }

    @POST
    @Path("{conversation}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer: the next question, a friendly re-ask, the summary, or the end")
    public Reply answer(@PathParam("form") String formId, @PathParam("conversation") UUID id, Incoming message) {
        FormCatalog.Entry form = form(formId);
        DraftAccess access = access();
        Optional<Draft> draft = find(formId, id, access);
        if (draft.isEmpty()) {
            // Filed and deleted: whatever the person says now, such as a "ja" retried after a lost answer,
            // gets the receipt of the first time.
            StoredSubmission filed = filed(formId, id, access).orElseThrow(ConversationsResource::notFound);
            return new Reply(id.toString(), List.of(Message.of(CONVERSATION_BUNDLE, "done.already")
                    .in(languages.of(headers, uri))), status(ConversationStatus.SUBMITTED), true,
                    FormsApi.receiptView(filed, FormsApi.available(receipts)));
        }
        Conversation conversation = conversation(form, draft.get());
        ConversationTurn turn = conversation.answer(message == null || message.text() == null ? "" : message.text());
        if (turn.status() == ConversationStatus.SUBMITTED) {
            return file(form, draft.get(), access, conversation.state(), turn);
        }
        store().save(id, draft.get().revision(), Channel.CONVERSATION, json(conversation.state()));
        return reply(id, turn, null);
    }

    @GET
    @Path("{conversation}")
    @Operation(summary = "The transcript so far; after submission, the transcript filed with it")
    public Transcript transcript(@PathParam("form") String formId, @PathParam("conversation") UUID id) {
        form(formId);
        DraftAccess access = access();
        Optional<Draft> draft = find(formId, id, access);
        if (draft.isEmpty()) {
            StoredSubmission filed = filed(formId, id, access).orElseThrow(ConversationsResource::notFound);
            return new Transcript(id.toString(), filed.transcript(), status(ConversationStatus.SUBMITTED));
        }
        ConversationState state = state(draft.get());
        return new Transcript(id.toString(), state.transcript(), status(state.status()));
    }

    /**
     * Files the answers the person just confirmed, with the transcript, and then deletes the draft. Nothing
     * is saved before filing: should filing fail, the draft still waits for the "ja" at the summary.
     */
    private Reply file(FormCatalog.Entry form, Draft draft, DraftAccess access, ConversationState state,
                       ConversationTurn turn) {
        UUID id = draft.id();
        SubmissionStore store = FormsApi.available(submissions);
        Receipts signer = FormsApi.available(receipts);
        // The turn that submits carries exactly the data the form's evaluator accepted (cleaned, computed
        // values recalculated), as FormsResource and SessionsResource file it; the bound answers as bound.
        StoredSubmission stored = store.store(NewSubmission.of(form.definition().id(), form.definition().version(),
                Channel.CONVERSATION, KEY + id, turn.data().toString()).withTranscript(state.transcript())
                .withRepresentation(Requesters.representation(draft, access, login, pseudonyms, security))
                .withOwner(draft.owner()));
        // Sign before deleting: should anything fail in between, the draft is still there for the retry.
        SubmissionReceipt receipt = FormsApi.receiptView(stored, signer);
        store().delete(id);
        return reply(id, turn, receipt);
    }

    /** The submission this conversation filed, if it did and this request may open it. */
    private Optional<StoredSubmission> filed(String formId, UUID id, DraftAccess access) {
        return submissions.isResolvable() ? submissions.get().find(formId, KEY + id)
                .filter(filed -> access.mayOpenOwnedBy(filed.owner())) : Optional.empty();
    }

    private FormCatalog.Entry form(String id) {
        return FormsApi.form(catalog, id);
    }

    /**
     * The conversation's draft. A draft that belongs to a person opens only for their login or an employee,
     * on every channel; to anyone else it is not there.
     */
    private Optional<Draft> find(String formId, UUID id, DraftAccess access) {
        return store().find(id).filter(d -> d.formId().equals(formId) && d.channel() == Channel.CONVERSATION
                && access.mayOpen(d));
    }

    /** Who asks: the person the login acts for, or an employee. */
    private DraftAccess access() {
        return Requesters.citizenOrEmployee(login, pseudonyms, security);
    }

    /** The conversation in a draft, with the answers bound to its owner's login kept as bound. */
    private static Conversation conversation(FormCatalog.Entry form, Draft draft) {
        return Conversation.resumeFor(form.definition(), state(draft), LogicContext.system(), draft.bound());
    }

    private static LoketException notFound() {
        return new LoketException(ProblemType.NOT_FOUND, Message.of(FormsApi.BUNDLE, "draft.not-found"));
    }

    private DraftStore store() {
        return FormsApi.available(drafts);
    }

    private static Reply reply(UUID id, ConversationTurn turn, SubmissionReceipt receipt) {
        return new Reply(id.toString(), turn.texts(), status(turn.status()), turn.done(), receipt);
    }

    private static String status(ConversationStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static ConversationState state(Draft draft) {
        try {
            return Json.mapper().readValue(draft.data(), ConversationState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Conversation " + draft.id() + " has a state that cannot be read", e);
        }
    }

    private static String json(ConversationState state) {
        try {
            return Json.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conversation state could not be written", e);
        }
    }
}

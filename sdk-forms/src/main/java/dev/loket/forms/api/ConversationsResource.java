package dev.loket.forms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.LanguageNegotiation;
import dev.loket.forms.conversation.Conversation;
import dev.loket.forms.conversation.ConversationState;
import dev.loket.forms.conversation.ConversationTurn;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftStore;
import jakarta.enterprise.inject.Instance;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * A form as a conversation over plain text: the API behind a chat, phone or SMS channel. Every
 * turn is saved as a draft (channel {@code CONVERSATION}), so nothing is lost between messages and
 * the same answers can be continued on another channel.
 */
@Path("api/forms/{form}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms")
public class ConversationsResource {

    private final LanguageNegotiation languages = LanguageNegotiation.fromConfig();

    @Inject
    FormCatalog catalog;

    @Inject
    Instance<DraftStore> drafts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** What the channel says now. */
    public record Reply(String conversation, List<String> texts, String status, boolean done) {
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
        Conversation conversation = Conversation.start(form.definition(), language);
        Draft draft = store().start(formId, form.definition().version(), Channel.CONVERSATION, json(conversation.state()));
        return Response.status(Response.Status.CREATED)
                .entity(reply(draft.id(), conversation.lastTurn())).build();
    }

    @POST
    @Path("{conversation}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer: the next question, a friendly re-ask, the summary, or the end")
    public Reply answer(@PathParam("form") String formId, @PathParam("conversation") UUID id, Incoming message) {
        FormCatalog.Entry form = form(formId);
        Draft draft = find(formId, id);
        Conversation conversation = Conversation.resume(form.definition(), state(draft));
        ConversationTurn turn = conversation.answer(message == null || message.text() == null ? "" : message.text());
        store().save(id, draft.revision(), Channel.CONVERSATION, json(conversation.state()));
        return reply(id, turn);
    }

    @GET
    @Path("{conversation}")
    @Operation(summary = "The transcript so far")
    public Transcript transcript(@PathParam("form") String formId, @PathParam("conversation") UUID id) {
        form(formId);
        ConversationState state = state(find(formId, id));
        return new Transcript(id.toString(), state.transcript(), state.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private FormCatalog.Entry form(String id) {
        return FormsApi.form(catalog, id);
    }

    private Draft find(String formId, UUID id) {
        return store().find(id).filter(d -> d.formId().equals(formId) && d.channel() == Channel.CONVERSATION)
                .orElseThrow(() -> new LoketException(ProblemType.NOT_FOUND,
                        Message.of(FormsApi.BUNDLE, "draft.not-found")));
    }

    private DraftStore store() {
        return FormsApi.available(drafts);
    }

    private static Reply reply(UUID id, ConversationTurn turn) {
        return new Reply(id.toString(), turn.texts(), turn.status().name().toLowerCase(java.util.Locale.ROOT), turn.done());
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

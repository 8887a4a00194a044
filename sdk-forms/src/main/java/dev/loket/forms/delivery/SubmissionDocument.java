package dev.loket.forms.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.submission.StoredSubmission;

import java.util.Locale;

/**
 * The JSON a back office receives for a submission, the same from every delivery: its id, form and
 * version, channel, time, who filed it for the person (if someone did), the SHA-256 of the data,
 * the data itself as a JSON object and, for a conversation, its transcript: {@code [{"who": "loket"
 * or "person", "text": ...}]} in order, as the conversation API shows it.
 */
final class SubmissionDocument {

    static final ObjectMapper JSON = new ObjectMapper();

    private SubmissionDocument() {
    }

    /** @throws JsonProcessingException when the stored data is not JSON */
    static ObjectNode of(StoredSubmission submission) throws JsonProcessingException {
        ObjectNode document = JSON.createObjectNode();
        document.put("id", submission.id().toString());
        document.put("form", submission.formId());
        document.put("formVersion", submission.formVersion());
        document.put("channel", submission.channel().name().toLowerCase(Locale.ROOT));
        document.put("submittedAt", submission.submittedAt().toString());
        document.put("dataSha256", submission.dataSha256());
        submission.representation().ifPresent(r -> {
            ObjectNode by = document.putObject("representation");
            by.put("actor", r.actor());
            by.put("role", r.role());
            by.put("onBehalfOf", r.onBehalfOf());
            by.put("mandate", r.mandate());
            r.place().ifPresent(place -> by.put("place", place));
        });
        document.set("data", JSON.readTree(submission.data()));
        if (!submission.transcript().isEmpty()) {
            ArrayNode transcript = document.putArray("transcript");
            submission.transcript().forEach(line -> transcript.addObject()
                    .put("who", line.who().name().toLowerCase(Locale.ROOT)).put("text", line.text()));
        }
        return document;
    }
}

package dev.loket.consent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.consent.ConsentEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a consent event: SHA-256 over its canonical form, a compact JSON object with the
 * fields in a fixed order, categories sorted and times in ISO 8601 UTC. Written here rather than
 * with a JSON canonicalisation library because the form is ours and must never change: a change
 * would break every stored chain. Version 1 is in {@code "v"} so a later form can live beside it.
 */
public final class EventHash {

    /** Jackson's defaults, not the shared mapper's: the canonical form must not follow its settings. */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private EventHash() {
    }

    /** The canonical form of everything in {@code event} except its own hash. */
    public static String canonical(ConsentEvent event) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("v", 1);
        node.put("id", event.id().toString());
        node.put("subject", event.subject());
        node.put("sequence", event.sequence());
        node.put("controller", event.controller());
        node.put("purpose", event.purposeId());
        node.put("type", event.type().name());
        ArrayNode categories = node.putArray("categories");
        event.dataCategories().stream().sorted().forEach(categories::add);
        node.put("basis", event.basis().name());
        node.put("notice", event.noticeVersion());
        node.put("channel", event.channel().name());
        event.representation().ifPresentOrElse(by -> {
            ObjectNode representation = node.putObject("representation");
            representation.put("actor", by.actor());
            representation.put("role", by.role());
            representation.put("for", by.onBehalfOf());
            representation.put("mandate", by.mandate());
            by.place().ifPresentOrElse(place -> representation.put("place", place), () -> representation.putNull("place"));
        }, () -> node.putNull("representation"));
        node.put("time", event.time().toString());
        event.expiresAt().ifPresentOrElse(end -> node.put("expires", end.toString()), () -> node.putNull("expires"));
        node.put("previous", event.previousHash());
        try {
            return CANONICAL.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A consent event could not be written as JSON", e);
        }
    }

    /** SHA-256 (hex) of the canonical form. */
    public static String of(ConsentEvent event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

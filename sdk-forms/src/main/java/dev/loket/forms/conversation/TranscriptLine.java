package dev.loket.forms.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * One message of a conversation, kept with the submission: what was asked and answered is part of
 * what the agency decides on, and a person may ask to see it.
 *
 * @param who  who said it
 * @param text what was said, exactly
 */
public record TranscriptLine(Speaker who, String text) {

    /** Who said something: Loket (the channel) or the person. */
    public enum Speaker {
        @JsonProperty("loket") LOKET,
        @JsonProperty("person") PERSON
    }

    public TranscriptLine {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(text, "text");
    }
}

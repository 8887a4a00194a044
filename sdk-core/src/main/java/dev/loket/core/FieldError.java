package dev.loket.core;

import java.util.Objects;

/**
 * One thing wrong with one input: where it is, which rule it broke, and what to do about it.
 *
 * @param pointer JSON Pointer (RFC 6901) to the input, e.g. {@code /applicant/email}
 * @param message what is wrong, kept translatable; its key doubles as a stable code for clients
 */
public record FieldError(String pointer, Message message) {
    public FieldError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}

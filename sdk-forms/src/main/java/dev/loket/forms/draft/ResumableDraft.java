package dev.loket.forms.draft;

import java.util.Objects;

/**
 * A draft just started for someone who is not logged in, with what they need to continue it
 * later. Show both once (and optionally e-mail them): the store keeps only a hash of the secret,
 * so it can never be shown again.
 *
 * @param draft  the draft
 * @param code   finds the draft, e.g. {@code K7QM-3XPA}
 * @param secret opens it: 10 characters in two groups, e.g. {@code H4RT9-MZQ2W}; typed with or
 *               without the hyphen, in any case
 */
public record ResumableDraft(Draft draft, ResumeCode code, String secret) {
    public ResumableDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(secret, "secret");
    }

    /** Hides the secret, so logging this record does not leak it. */
    @Override
    public String toString() {
        return "ResumableDraft[draft=" + draft.id() + ", code=" + code + ", secret=(hidden)]";
    }
}

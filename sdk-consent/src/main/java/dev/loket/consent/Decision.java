package dev.loket.consent;

import dev.loket.core.Message;

import java.util.Objects;
import java.util.Optional;

/**
 * The guard's answer: may this processing happen now, on which basis, and why (in plain language,
 * for the citizen's overview and the processing log).
 *
 * @param allowed whether the processing may happen
 * @param basis   the lawful basis it happens on; empty when the purpose is unknown
 * @param reason  why, in words for the subject (nl and en)
 */
public record Decision(boolean allowed, Optional<LegalBasis> basis, Message reason) {

    public Decision {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
    }
}

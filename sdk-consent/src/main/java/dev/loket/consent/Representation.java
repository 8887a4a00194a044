package dev.loket.consent;

import dev.loket.consent.internal.Pseudonyms;

import java.util.Objects;

/**
 * Someone who acted on the subject's behalf: a counter employee, a guardian, a mandated helper.
 * Recorded with every event they cause, so the subject can see who did it and under which mandate.
 *
 * @param actorPseudonym   the actor's pseudonym (never a BSN)
 * @param role             the actor's role, e.g. {@code "counter-employee"} or {@code "guardian"}
 * @param mandateReference the mandate or authorisation the actor acted under, e.g. a machtiging id
 */
public record Representation(String actorPseudonym, String role, String mandateReference) {

    public Representation {
        Pseudonyms.require(actorPseudonym, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mandateReference, "mandateReference");
    }
}

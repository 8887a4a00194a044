package dev.loket.identity;

import dev.loket.core.identifier.Bsn;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone acting on another person's behalf: an employee at a counter who fills in a form for a
 * citizen, or a person with a mandate (machtiging). Recorded with every action it causes, so the
 * citizen can see who did it, for whom, and on what grounds.
 *
 * @param actor      who acted: the employee's user id, or the pseudonym of the authorised person (never a BSN)
 * @param role       in what capacity, e.g. {@value #COUNTER_EMPLOYEE}
 * @param onBehalfOf the pseudonym of the person acted for (never a BSN)
 * @param mandate    what allowed it: a mandate's reference, {@value #AT_THE_COUNTER} for a citizen
 *                   who came to the counter in person, {@value #SIGNED_PAPER_FORM} for a paper form
 * @param place      where, for a counter: its name, e.g. "Stadhuis, balie 3"
 */
public record Representation(String actor, String role, String onBehalfOf, String mandate, Optional<String> place) {

    /** The role of an employee who helps at a counter. */
    public static final String COUNTER_EMPLOYEE = "counter-employee";
    /** The mandate of a citizen who asked for help in person, at the counter. */
    public static final String AT_THE_COUNTER = "in-person-at-counter";
    /** The mandate of a citizen who filled in and signed a paper form, which an employee typed in. */
    public static final String SIGNED_PAPER_FORM = "signed-paper-form";

    public Representation {
        requireText(actor, "actor");
        requireText(role, "role");
        requireText(onBehalfOf, "onBehalfOf");
        requireText(mandate, "mandate");
        Objects.requireNonNull(place, "place");
        if (Bsn.parse(actor).isPresent() || Bsn.parse(onBehalfOf).isPresent()) {
            throw new IllegalArgumentException("A representation names people by pseudonym or user id, never by BSN");
        }
    }

    /** An employee at a counter, acting for a citizen who came in person. */
    public static Representation atCounter(String employee, String citizenPseudonym, String counter) {
        return new Representation(employee, COUNTER_EMPLOYEE, citizenPseudonym, AT_THE_COUNTER,
                counter == null || counter.isBlank() ? Optional.empty() : Optional.of(counter));
    }

    /** An employee typing in a paper form a citizen filled in and signed. */
    public static Representation fromPaper(String employee, String citizenPseudonym, String counter) {
        return new Representation(employee, COUNTER_EMPLOYEE, citizenPseudonym, SIGNED_PAPER_FORM,
                counter == null || counter.isBlank() ? Optional.empty() : Optional.of(counter));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A representation needs " + name);
        }
    }
}

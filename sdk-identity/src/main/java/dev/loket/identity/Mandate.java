package dev.loket.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A login on behalf of someone else (machtiging), from the token's {@code represents} claim as the
 * NL GOV Assurance profile specifies: the person who logged in acts for {@link #represented()},
 * possibly through a chain of intermediaries (a director acting for a company acting for a client).
 *
 * @param represented   for whom the person acts: the deepest {@code represents}
 * @param intermediaries the parties in between, outermost first; empty for a direct mandate
 * @param service       the service the mandate is for, when the broker names it
 * @param validUntil    until when the mandate holds, when the broker says
 */
public record Mandate(Identity represented, List<Identity> intermediaries, Optional<String> service,
                      Optional<Instant> validUntil) {

    /** The role recorded for a person who acts with a mandate. */
    public static final String AUTHORISED_REPRESENTATIVE = "authorised-representative";

    public Mandate {
        Objects.requireNonNull(represented, "represented");
        intermediaries = List.copyOf(intermediaries);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** The {@link Representation} to record with every action: the actor and the represented by pseudonym. */
    public Representation representation(Identity actor, Pseudonyms pseudonyms) {
        return new Representation(actor.pseudonym(pseudonyms), AUTHORISED_REPRESENTATIVE,
                represented.pseudonym(pseudonyms), service.orElse("nlgov-represents"), Optional.empty());
    }
}

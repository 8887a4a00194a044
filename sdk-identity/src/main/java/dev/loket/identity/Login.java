package dev.loket.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's login: who they are, how sure we are of it, for whom they act, and until when it holds.
 * Made by {@link IdentityClaims} from a verified token.
 *
 * @param identity  who logged in
 * @param level     the level of assurance of this login (from {@code acr}); {@link LevelOfAssurance#NONE} when unknown
 * @param mandate   present when they act for someone else
 * @param actor     present when someone else acts for them at the token issuer's say-so
 *                  (RFC 8693 {@code act}, e.g. an employee at a counter): the actor's user id
 * @param expiresAt when the login ends
 */
public record Login(Identity identity, LevelOfAssurance level, Optional<Mandate> mandate, Optional<String> actor,
                    Instant expiresAt) {

    public Login {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The citizen or company this login's actions are for: the represented party under a mandate, else the person. */
    public Identity actingFor() {
        return mandate.map(Mandate::represented).orElse(identity);
    }

    /** True when this login is sure enough for a service that asks {@code required}. */
    public boolean satisfies(LevelOfAssurance required) {
        return level.satisfies(required);
    }

    /**
     * Who acts for whom, to record with an action; empty when the person acts for themselves.
     */
    public Optional<Representation> representation(Pseudonyms pseudonyms) {
        if (mandate.isPresent()) {
            return Optional.of(mandate.get().representation(identity, pseudonyms));
        }
        return actor.map(employee -> new Representation(employee, Representation.COUNTER_EMPLOYEE,
                identity.pseudonym(pseudonyms), "token-exchange", Optional.empty()));
    }
}

package dev.loket.forms.draft;

import dev.loket.core.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a person has filled in so far on a form, kept between steps and between channels.
 *
 * @param id          the draft's id
 * @param formId      the form it belongs to
 * @param formVersion the version of the form definition it was started on
 * @param channel     the channel of the last save: a draft started on the web may be continued at the counter
 * @param data        the answers so far, as a JSON object
 * @param revision    increases with every save; a save names the revision it builds on (optimistic locking)
 * @param createdAt   when it was started
 * @param updatedAt   when it was last saved
 * @param expiresAt   when it is deleted unless saved again
 * @param owner       the pseudonym of the logged-in person it belongs to; empty for a draft
 *                    resumed with a {@link ResumeCode} and secret
 * @param bound       the answers bound to the owner's login, as a JSON object by component key: what the
 *                    registers gave for the person the login determines (their BSN, name, birth date).
 *                    Every save keeps them as they are, so nobody files with another person's data;
 *                    {@code {}} when none
 */
public record Draft(UUID id, String formId, String formVersion, Channel channel, String data, long revision,
                    Instant createdAt, Instant updatedAt, Instant expiresAt, Optional<String> owner, String bound) {

    /** A draft that belongs to nobody in particular. */
    public Draft(UUID id, String formId, String formVersion, Channel channel, String data, long revision,
                 Instant createdAt, Instant updatedAt, Instant expiresAt) {
        this(id, formId, formVersion, channel, data, revision, createdAt, updatedAt, expiresAt, Optional.empty());
    }

    /** A draft without answers bound to a login. */
    public Draft(UUID id, String formId, String formVersion, Channel channel, String data, long revision,
                 Instant createdAt, Instant updatedAt, Instant expiresAt, Optional<String> owner) {
        this(id, formId, formVersion, channel, data, revision, createdAt, updatedAt, expiresAt, owner, NOTHING_BOUND);
    }

    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bound, "bound");
    }

    /** The {@link #bound} of a draft that has none. */
    public static final String NOTHING_BOUND = "{}";
}

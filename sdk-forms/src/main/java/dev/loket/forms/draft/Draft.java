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
 */
public record Draft(UUID id, String formId, String formVersion, Channel channel, String data, long revision,
                    Instant createdAt, Instant updatedAt, Instant expiresAt, Optional<String> owner) {

    /** A draft that belongs to nobody in particular. */
    public Draft(UUID id, String formId, String formVersion, Channel channel, String data, long revision,
                 Instant createdAt, Instant updatedAt, Instant expiresAt) {
        this(id, formId, formVersion, channel, data, revision, createdAt, updatedAt, expiresAt, Optional.empty());
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
    }
}

package dev.loket.forms.draft;

import dev.loket.core.Channel;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps drafts so that work is never lost: every step is saved, and a draft lives until it has
 * not been touched for the configured lifetime.
 */
public interface DraftStore {

    /** Starts a draft with the first answers. */
    Draft start(String formId, String formVersion, Channel channel, String data);

    /** The draft, if it exists and has not expired. */
    Optional<Draft> find(UUID id);

    /**
     * Saves new answers on top of {@code expectedRevision} and extends the draft's life.
     *
     * @throws dev.loket.core.LoketException {@code not-found} when the draft is gone, {@code conflict}
     *         when someone saved another revision in between (nothing is overwritten then)
     */
    Draft save(UUID id, long expectedRevision, Channel channel, String data);

    /** Deletes every expired draft; returns how many. */
    int purgeExpired();
}

package dev.loket.forms.draft;

import dev.loket.core.Channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps drafts so that work is never lost: every step is saved, and a draft lives until it has
 * not been touched for the configured lifetime.
 *
 * <p>A draft is continued in one of three ways: by its id (inside a session), by the logged-in
 * person who owns it ({@link #startFor}, {@link #ownedBy}, {@link #resumeAsOwner}), or without login
 * with a resume code and a secret ({@link #startResumable}, {@link #resume}). Because only the
 * channel changes on save, a draft started on the web can be finished at the counter.
 */
public interface DraftStore {

    /** Starts a draft with the first answers. */
    Draft start(String formId, String formVersion, Channel channel, String data);

    /**
     * Starts a draft that can be continued without login. The returned code and secret are shown
     * to the person once; the store keeps only a salted hash of the secret.
     */
    ResumableDraft startResumable(String formId, String formVersion, Channel channel, String data);

    /**
     * Starts a draft owned by a logged-in person.
     *
     * @param owner an opaque, stable pseudonym of the person (never a BSN in clear)
     */
    default Draft startFor(String owner, String formId, String formVersion, Channel channel, String data) {
        return startFor(owner, formId, formVersion, channel, data, Draft.NOTHING_BOUND);
    }

    /**
     * Starts a draft owned by a logged-in person, with answers bound to their login: the values registers
     * gave for the person the login determines. Every {@link #save} keeps these answers as they are,
     * whatever a channel sends, so a draft is always filed with its owner's own number and name.
     *
     * @param owner an opaque, stable pseudonym of the person (never a BSN in clear)
     * @param bound the bound answers, a JSON object by top-level component key (also part of {@code data})
     */
    Draft startFor(String owner, String formId, String formVersion, Channel channel, String data, String bound);

    /**
     * Gives an existing draft a new resume code and secret, for a person who chooses "save and continue
     * later". A code given before stops working, and failed attempts start again from zero.
     *
     * @throws dev.loket.core.LoketException {@code not-found} when the draft is gone
     */
    ResumableDraft issueResumeCode(UUID id);

    /** The draft, if it exists and has not expired. */
    Optional<Draft> find(UUID id);

    /**
     * Opens a draft with the code and secret a person kept. Case, spaces and hyphens do not matter.
     * Every failed secret counts; after the configured number the code no longer opens the draft
     * (its owner, if any, can still open it after login).
     *
     * @throws dev.loket.core.LoketException {@code not-found} with the same message whether the code is
     *         unknown, expired, locked or the secret is wrong, so codes cannot be probed
     */
    Draft resume(String code, String secret);

    /** The owner's drafts that have not expired, the most recently saved first. */
    List<Draft> ownedBy(String owner);

    /**
     * The owner's draft.
     *
     * @throws dev.loket.core.LoketException {@code not-found} when it is gone or belongs to someone else
     */
    Draft resumeAsOwner(String owner, UUID id);

    /**
     * Makes a draft the person's own once they are known, for instance when a citizen shows their ID at
     * the counter to continue a draft they started without login. A draft that is already theirs stays so.
     *
     * @param owner the person's pseudonym (never a BSN in clear)
     * @return the draft with its owner
     * @throws dev.loket.core.LoketException {@code not-found} when the draft is gone or belongs to someone else,
     *         with the same message, so nobody learns whose drafts exist
     */
    default Draft claim(UUID id, String owner) {
        return claim(id, owner, Draft.NOTHING_BOUND);
    }

    /**
     * As {@link #claim(UUID, String)}, binding answers to the person who identified themselves (such as the
     * BSN on the ID they showed at the counter): the answers are set to them now and kept on every save.
     * A draft that was theirs already keeps what it had.
     *
     * @param bound the bound answers, a JSON object by top-level component key
     */
    Draft claim(UUID id, String owner, String bound);

    /**
     * Saves new answers on top of {@code expectedRevision} and extends the draft's life. Answers bound to
     * the owner's login ({@link Draft#bound}) are kept as they were: a changed value is put back.
     *
     * @throws dev.loket.core.LoketException {@code not-found} when the draft is gone, {@code conflict}
     *         when someone saved another revision in between (nothing is overwritten then)
     */
    Draft save(UUID id, long expectedRevision, Channel channel, String data);

    /**
     * Drafts that have not expired yet but will before {@code instant}, and whose person has not been
     * warned since the last save: the list a channel uses to send "your draft will be deleted" warnings.
     * Earliest expiry first.
     */
    List<Draft> expiringBefore(Instant instant);

    /** Records that the person was warned, so {@link #expiringBefore} leaves the draft out until it is saved again. */
    void markExpiryWarned(UUID id);

    /**
     * Deletes a draft, once its answers are submitted: a draft holds personal data and is kept no longer
     * than needed. Deleting a draft that is gone already is not an error.
     */
    void delete(UUID id);

    /** Deletes every expired draft; returns how many. */
    int purgeExpired();

    /** Drafts in the {@code forms_draft} table of a database migrated with sdk-forms' schema. */
    static DraftStore onDatabase(javax.sql.DataSource dataSource, java.time.Clock clock, java.time.Duration lifetime) {
        return new dev.loket.forms.internal.JdbcDraftStore(dataSource, clock, lifetime);
    }
}

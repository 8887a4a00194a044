package dev.loket.consent;

import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of checking a subject's hash chain: intact, or the first place where it breaks.
 *
 * @param eventsChecked how many events were read
 * @param firstBreak    the first broken link; empty when the chain is intact
 */
public record ChainVerification(int eventsChecked, Optional<Break> firstBreak) {

    /** Whether every event is as it was written and none is missing in between. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /**
     * Where the chain breaks.
     *
     * @param sequence the sequence number expected at this place
     * @param eventId  the event found there
     * @param reason   what is wrong
     */
    public record Break(long sequence, UUID eventId, Reason reason) {
    }

    /** Why a link is broken. */
    public enum Reason {
        /** The event's content no longer matches its hash: it was changed after it was written. */
        CONTENT_CHANGED,
        /** The event does not point to the hash of the event before it: an event was changed or replaced. */
        LINK_BROKEN,
        /** A sequence number is skipped: an event was removed. */
        EVENT_MISSING
    }
}

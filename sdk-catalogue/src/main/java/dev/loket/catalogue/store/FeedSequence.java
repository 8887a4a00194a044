package dev.loket.catalogue.store;

import dev.loket.catalogue.Agency;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a signed feed stands in its publisher's series: the number the publisher gave it, higher for
 * every feed it signs, and when it signed it. The catalogue takes in a feed only when its sequence is
 * higher than that of the last feed it took from the same publisher, so an old feed cannot be replayed
 * to undo what the publisher changed since.
 *
 * @param publisher the agency that signed the feed
 * @param sequence  the feed's number in the publisher's series
 * @param issuedAt  when the publisher signed it
 */
public record FeedSequence(String publisher, long sequence, Instant issuedAt) {

    public FeedSequence {
        if (!Agency.isValidId(publisher)) {
            throw new IllegalArgumentException("A feed's publisher is an agency id, not " + publisher);
        }
        Objects.requireNonNull(issuedAt, "A feed's issue time is required");
    }
}

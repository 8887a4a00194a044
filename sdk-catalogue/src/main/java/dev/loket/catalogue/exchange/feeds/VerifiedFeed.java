package dev.loket.catalogue.exchange.feeds;

import dev.loket.catalogue.store.FeedSequence;

import java.time.Instant;

/**
 * A feed whose signature verified with its publisher's keys, and that had not expired.
 *
 * @param agency    the publishing agency, as signed
 * @param format    what the document is
 * @param document  the signed bytes
 * @param sequence  its number in the publisher's series and when it was signed ({@code seq}, {@code iat})
 * @param expiresAt until when it may be taken in ({@code exp})
 */
public record VerifiedFeed(String agency, FeedFormat format, byte[] document, FeedSequence sequence, Instant expiresAt) {
}

package dev.loket.catalogue.exchange.feeds;

/**
 * A feed whose signature verified with its publisher's keys.
 *
 * @param agency   the publishing agency, as signed
 * @param format   what the document is
 * @param document the signed bytes
 */
public record VerifiedFeed(String agency, FeedFormat format, byte[] document) {
}

package dev.loket.catalogue.store;

/**
 * An import in progress, in one database transaction. Readers of an exchange format call
 * {@link #add} for each product they could read and {@link #reject} for each record they could
 * not; products that break the scope's ownership rule, or repeat an id, are rejected here. Either
 * {@link #commit()} writes every accepted product at once, or {@link #close()} without commit
 * writes nothing.
 */
public interface ProductImport extends ProductSink, AutoCloseable {

    /**
     * Takes this import as the feed {@code feed} of its publisher: refuses it when the catalogue has
     * already taken a feed of that publisher with the same or a higher sequence, and otherwise records
     * the sequence with the import's {@link #commit()} (an import that is rolled back records nothing).
     * The publisher's record stays locked until the import ends, so two instances that take feeds of one
     * publisher at once cannot both take the same sequence.
     *
     * @throws dev.loket.core.LoketException {@code catalogue/stale-feed} (409) for a sequence not higher than the last one taken
     */
    void claimFeedSequence(FeedSequence feed);

    /** Writes the accepted products, removes what the scope replaces, and tells the store's listeners. */
    ImportReport commit();

    /** Rolls back unless committed. */
    @Override
    void close();
}

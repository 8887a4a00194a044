package dev.loket.catalogue.exchange.feeds;

import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.exchange.LoketJson;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.PublishingRights;
import dev.loket.catalogue.store.Rejection;
import dev.loket.core.LoketException;
import dev.loket.core.Message;

import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Takes an agency's signed feed into the catalogue: verifies the signature with the agency's keys,
 * reads the document, and replaces the agency's products with it in one transaction. A feed that
 * holds a product of another agency, or one whose authority, area or id the signer is not registered
 * for ({@link PublishingRights}), is refused as a whole: the signer vouches for every product in it,
 * and may vouch only for its own.
 */
public final class FeedImporter {

    private final FeedVerifier verifier;
    private final CatalogueStore store;
    private final AgencyDirectory directory;
    private final PublishingRights rights;

    /**
     * @param rights what each agency may publish; a feed signed by an agency carries only products it may publish
     */
    public FeedImporter(FeedVerifier verifier, CatalogueStore store, AgencyDirectory directory, PublishingRights rights) {
        this.verifier = verifier;
        this.store = store;
        this.directory = directory;
        this.rights = rights;
    }

    /**
     * Verifies and imports a feed.
     *
     * @param feed     the compact JWS
     * @param expected the agency that must have signed it (the one that posts it), or empty for whichever signed it
     * @throws LoketException {@code catalogue/feed-rejected} (bad signature, wrong owner, unreadable document),
     *                        {@code catalogue/not-registered} (a product the signer may not publish),
     *                        {@code catalogue/unknown-publisher}, {@code catalogue/stale-feed} (expired, or not newer
     *                        than the last feed taken from its publisher)
     */
    public ImportReport importFeed(String feed, Optional<String> expected) {
        VerifiedFeed verified = verifier.verify(feed, expected);
        String agency = verified.agency();
        try (ProductImport replacement = store.startImport(ImportScope.of(agency))) {
            replacement.claimFeedSequence(verified.sequence());
            ProductSink ownProductsOnly = new ProductSink() {
                @Override
                public boolean add(Product product) {
                    if (!product.isOwnedBy(agency)) {
                        throw new LoketException(CatalogueProblems.FEED_REJECTED, Message.of(CatalogueProblems.BUNDLE,
                                "catalogue.feed-wrong-owner", agency, product.owner()));
                    }
                    rights.check(agency, product);
                    return replacement.add(product);
                }

                @Override
                public void reject(Rejection rejection) {
                    replacement.reject(rejection);
                }
            };
            read(verified, ownProductsOnly);
            return replacement.commit();
        }
    }

    private void read(VerifiedFeed feed, ProductSink sink) {
        try {
            switch (feed.format()) {
                case LOKET_JSON -> LoketJson.read(new ByteArrayInputStream(feed.document()), sink);
                case SAMENWERKENDE_CATALOGI ->
                        SamenwerkendeCatalogi.read(new ByteArrayInputStream(feed.document()), directory, sink);
            }
        } catch (InvalidCatalogueException e) {
            throw new LoketException(CatalogueProblems.FEED_REJECTED, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.feed-unreadable", e.getMessage()), java.util.List.of(), e);
        }
    }
}

package dev.loket.catalogue.exchange.sc;

import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.lifeevent.ProductLookup;
import dev.loket.catalogue.store.ProductSink;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Dutch national exchange format of products and services: Samenwerkende Catalogi 4.0 on OWMS
 * 4.0 ({@code https://standaarden.overheid.nl/sc}). Both directions stream.
 *
 * <pre>{@code
 * try (ProductImport harvest = store.startImport(ImportScope.harvest())) {
 *     SamenwerkendeCatalogi.read(in, AgencyDirectory.empty(), harvest);
 *     ImportReport report = harvest.commit();
 * }
 * try (ScFeedWriter out = SamenwerkendeCatalogi.writer(response, ProductLookup.of(store))) {
 *     store.forEach(out::write);
 * }
 * }</pre>
 */
public final class SamenwerkendeCatalogi {

    /** The media type SC documents are served with. */
    public static final String MEDIA_TYPE = "application/xml";

    private SamenwerkendeCatalogi() {
    }

    /**
     * Reads every {@code scproduct} of the document into {@code sink}; records the model refuses
     * are rejected with their reason.
     *
     * @param directory the agencies and areas the catalogue knows, to recognise them by their OWMS URI
     * @throws dev.loket.catalogue.exchange.InvalidCatalogueException when the document is not well-formed SC XML
     */
    public static void read(InputStream in, AgencyDirectory directory, ProductSink sink) {
        new ScFeedReader(new ScRecordMapper(directory)).read(in, sink);
    }

    /**
     * A writer of an {@code scproducten} document on {@code out}; close it to end the document.
     * Related services are left out: SC names them by UPL name, which a writer without the
     * catalogue cannot look up.
     */
    public static ScFeedWriter writer(OutputStream out) {
        return new ScFeedWriter(out, ProductLookup.of(List.of()));
    }

    /**
     * A writer that also writes each product's related services ({@code gerelateerdProduct}), by
     * the UPL names of the services {@code catalogue} finds for them ({@link ProductLookup#related}).
     */
    public static ScFeedWriter writer(OutputStream out, ProductLookup catalogue) {
        return new ScFeedWriter(out, catalogue);
    }
}

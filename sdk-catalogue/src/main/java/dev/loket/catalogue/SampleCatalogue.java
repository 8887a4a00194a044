package dev.loket.catalogue;

import dev.loket.catalogue.exchange.LoketJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A small realistic catalogue on the class path, for the portal and for tests: a municipality
 * (Utrecht) with its ID card, minima pass and moving notice; the police; a bank; national agencies;
 * and the standard life events. In the wallet-stolen case cash is accepted at the counter only.
 */
public final class SampleCatalogue {

    static final String PRODUCTS = "/dev/loket/catalogue/sample-catalogue.json";
    static final String LIFE_EVENTS = "/dev/loket/catalogue/life-events.json";

    private SampleCatalogue() {
    }

    /** The sample products with the standard life events. */
    public static CatalogueDocument load() {
        CatalogueDocument products = read(PRODUCTS, LoketJson::read);
        return new CatalogueDocument(products.products(), lifeEvents());
    }

    /**
     * The standard life events: wallet or ID lost or stolen, moving, birth, death, marriage or
     * registered partnership, divorce, unemployment, starting a business.
     */
    public static List<LifeEvent> lifeEvents() {
        return read(LIFE_EVENTS, LoketJson::readLifeEvents);
    }

    private static <T> T read(String resource, java.util.function.Function<InputStream, T> reader) {
        try (InputStream in = SampleCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + resource);
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

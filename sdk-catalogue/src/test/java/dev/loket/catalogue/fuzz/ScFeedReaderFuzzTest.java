package dev.loket.catalogue.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.exchange.InvalidCatalogueException;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.store.ProductSink;
import dev.loket.catalogue.store.Rejection;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the Samenwerkende Catalogi reader, which takes XML from any agency's harvest or upload:
 * a document is read (each record a product or a rejection with its reason) or refused whole with
 * {@link InvalidCatalogueException}; nothing else escapes, and no external entity or DTD is ever
 * fetched (the reader refuses them).
 *
 * <p>Seeds: {@code ScFeedReaderFuzzTestInputs}. Fuzzed for a bounded time by the build's
 * {@code fuzz} execution.
 */
class ScFeedReaderFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyDocumentIsReadOrRefusedWhole(byte[] xml) {
        Collected collected = new Collected();
        try {
            SamenwerkendeCatalogi.read(new ByteArrayInputStream(xml), AgencyDirectory.empty(), collected);
        } catch (InvalidCatalogueException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        collected.products.forEach(product -> assertThat(product.id()).isNotNull());
        collected.rejected.forEach(rejection -> assertThat(rejection).isNotNull());
    }

    private static final class Collected implements ProductSink {
        final List<Product> products = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        @Override
        public boolean add(Product product) {
            products.add(product);
            return true;
        }

        @Override
        public void reject(Rejection rejection) {
            rejected.add(rejection);
        }
    }
}

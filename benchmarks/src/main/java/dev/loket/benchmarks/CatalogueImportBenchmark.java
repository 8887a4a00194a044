package dev.loket.benchmarks;

import dev.loket.catalogue.AgencyDirectory;
import dev.loket.catalogue.generator.CatalogueGenerator;
import dev.loket.catalogue.exchange.sc.SamenwerkendeCatalogi;
import dev.loket.catalogue.internal.store.CatalogueSchema;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.core.persistence.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The full import of a national catalogue: generates about 200,000 products (seed 42) as
 * Samenwerkende Catalogi XML, then imports the file in one transaction, streamed, into a fresh
 * store on H2 (in memory and on file) and on PostgreSQL, and prints time, throughput, the heap the
 * store keeps and what it takes on disk. A scripted run, not JMH: one import is one long
 * operation, measured whole.
 *
 * <pre>bash benchmarks/catalogue-import.sh</pre>
 */
public final class CatalogueImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("loket.test.data", "testdata"), "upl-sdg-catalogue-data");
        Path work = Path.of(args.length > 0 ? args[0] : "benchmarks/target/catalogue-import");
        Files.createDirectories(work);
        Path xml = work.resolve("catalogue.xml");

        CatalogueGenerator generator = CatalogueGenerator.of(data.resolve("UPL-actueel.csv"), data.resolve("Gemeente.xml"), 42);
        long start = System.nanoTime();
        int generated;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml), 1 << 16)) {
            generated = generator.writeSamenwerkendeCatalogi(out);
        }
        System.out.printf(Locale.ROOT, "generated %,d products (%d municipalities) as SC XML, %,d MB, in %.1f s%n",
                generated, generator.municipalities(), Files.size(xml) >> 20, seconds(start));
        AgencyDirectory directory = generator.directory();

        System.out.printf(Locale.ROOT, "%-16s %-10s %9s %8s %11s %14s %10s%n", "store", "import", "products", "seconds",
                "products/s", "heap kept MB", "store MB");
        // In memory, the store is on the heap, and a replacing import holds old and new rows until it
        // commits: only the first import, then the database is dropped to free the heap for the others.
        DataSource memory = h2("jdbc:h2:mem:catalogue-bench;DB_CLOSE_DELAY=-1");
        run("H2 in memory", memory, xml, directory, null, "empty");
        try (Connection c = memory.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        Path file = work.resolve("h2");
        deleteH2(file);
        run("H2 file", h2("jdbc:h2:" + file.toAbsolutePath()), xml, directory, file.resolveSibling("h2.mv.db"), "empty", "replace");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            run("PostgreSQL 17", postgres.getPostgresDatabase(), xml, directory, null, "empty", "replace");
        }
        System.out.printf(Locale.ROOT, "max heap %d MB; the import streams: it keeps only the ids it has seen%n",
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * First a full import into the empty store, then a second that replaces every product (what a
     * nightly harvest does). "heap kept" is what stays on the heap after the first import, after GC:
     * the store itself for H2 in memory, next to nothing for a database outside the heap.
     */
    private static void run(String name, DataSource dataSource, Path xml, AgencyDirectory directory, Path file,
                            String... imports) throws Exception {
        SchemaMigrations.migrate(dataSource, new CatalogueSchema());
        CatalogueStore store = CatalogueStore.onDatabase(dataSource);
        gc();
        long before = usedHeap();
        for (String kind : imports) {
            long start = System.nanoTime();
            ImportReport report = importOnce(store, xml, directory);
            double seconds = seconds(start);
            gc();
            long kept = usedHeap() - before;
            System.out.printf(Locale.ROOT, "%-16s %-10s %,9d %8.1f %,11.0f %14d %10s%n", name, kind, report.imported(), seconds,
                    report.imported() / seconds, Math.max(0, kept) >> 20, storeSize(dataSource, file));
            if (report.hasRejections()) {
                System.out.println("  rejected: " + report.rejected().size() + ", first: " + report.rejected().get(0));
            }
        }
    }

    private static ImportReport importOnce(CatalogueStore store, Path xml, AgencyDirectory directory) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(xml), 1 << 16);
             ProductImport harvest = store.startImport(ImportScope.harvest())) {
            SamenwerkendeCatalogi.read(in, directory, harvest);
            return harvest.commit();
        }
    }

    private static String storeSize(DataSource dataSource, Path file) throws Exception {
        if (file != null) {
            return String.valueOf(Files.size(file) >> 20);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (ResultSet r = s.executeQuery("SELECT pg_total_relation_size('catalogue_product')")) {
                    r.next();
                    return String.valueOf(r.getLong(1) >> 20);
                }
            }
            return "in heap";
        }
    }

    private static DataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private static void deleteH2(Path base) throws Exception {
        Files.deleteIfExists(base.resolveSibling("h2.mv.db"));
        Files.deleteIfExists(base.resolveSibling("h2.trace.db"));
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private CatalogueImportBenchmark() {
    }
}

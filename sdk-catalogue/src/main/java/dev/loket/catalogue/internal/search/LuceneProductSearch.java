package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.FacetCount;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.catalogue.search.ProductSearchIndex;
import dev.loket.catalogue.search.SearchDocument;
import dev.loket.catalogue.search.SearchHit;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.catalogue.search.SearchResult;
import dev.loket.core.Language;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The catalogue's search on an embedded Lucene index in memory. Changes go to one
 * {@link IndexWriter}; searches read a near-real-time reader that a background thread reopens at
 * least every {@value #MAX_STALE_SECONDS} s while there are changes, so a change is found within a
 * second without a commit per change. {@link #replaceAll} builds a new index beside the old one and
 * swaps it in; changes wait for it (they are few: a catalogue is read far more than it is written).
 */
public final class LuceneProductSearch implements ProductSearchIndex {

    static final double MAX_STALE_SECONDS = 0.25;
    private static final double MIN_STALE_SECONDS = 0.01;
    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE,
            new SortField(LuceneFields.SORT, SortField.Type.STRING));

    private final Synonyms synonyms;
    private final DutchAnalysis analysis;
    private final LuceneQueries queries;
    private final FacetsConfig facetsConfig = LuceneFields.facetsConfig();
    private final FacetCounting counting;
    /** Names of facet values, as the products gave them; facet counts only know keys. */
    private final Map<String, FacetValue> labels = new ConcurrentHashMap<>();
    private volatile Index index;
    private volatile LifeEventMatching lifeEvents;
    /** Counts every reader that searches see: a new one after a change, or a whole new index. */
    private final AtomicLong generation = new AtomicLong();

    private LuceneProductSearch(Synonyms synonyms) {
        this.synonyms = synonyms;
        this.analysis = new DutchAnalysis(synonyms.map());
        this.queries = new LuceneQueries(analysis, synonyms);
        this.counting = new FacetCounting(labels);
        this.lifeEvents = LifeEventMatching.none(analysis);
        this.index = new Index();
    }

    public static LuceneProductSearch inMemory() {
        return new LuceneProductSearch(Synonyms.fromClassPath());
    }

    @Override
    public synchronized void put(SearchDocument document) {
        remember(document);
        Index current = index;
        try {
            current.writer.updateDocument(new Term(LuceneFields.ID, document.id()),
                    LuceneFields.document(document, facetsConfig));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index product " + document.id(), e);
        }
    }

    @Override
    public synchronized void remove(String productId) {
        try {
            index.writer.deleteDocuments(new Term(LuceneFields.ID, productId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove product " + productId + " from the index", e);
        }
    }

    @Override
    public synchronized void rebuild(Consumer<Consumer<SearchDocument>> source) {
        Index fresh = new Index();
        try {
            source.accept(document -> {
                remember(document);
                try {
                    fresh.writer.addDocument(LuceneFields.document(document, facetsConfig));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            fresh.writer.forceMerge(1);
            fresh.refreshNow();
        } catch (IOException e) {
            fresh.close();
            throw new UncheckedIOException("Could not build the search index", e);
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
        Index old = index;
        index = fresh;
        generation.incrementAndGet();
        old.close();
    }

    @Override
    public void replaceLifeEvents(Collection<LifeEvent> events) {
        lifeEvents = LifeEventMatching.of(analysis, events);
        generation.incrementAndGet();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        SearcherManager manager = index.searchers;
        IndexSearcher acquired = acquire(manager);
        try {
            FacetedSearcher searcher = (FacetedSearcher) acquired;
            List<FacetValue> about = lifeEvents.matching(query.text());
            Query text = queries.text(query, searcher.getIndexReader(), about);
            int wanted = query.page() * query.pageSize();
            Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
            if (searcher.facets().isEmpty()) {
                // No product has a facet value yet: nothing to count, only the selections to show.
                Query all = LuceneQueries.combine(text, List.copyOf(queries.filters(query).values()));
                TopDocs top = searcher.search(all, new TopFieldCollectorManager(BEST_FIRST, Math.max(1, wanted), null,
                        Integer.MAX_VALUE, false));
                for (Facet facet : Facet.values()) {
                    facets.put(facet, counting.selectedOnly(facet, query));
                }
                return new SearchResult(top.totalHits.value, query.page(), query.pageSize(),
                        hits(searcher, top, query), facets, about);
            }
            // Typo expansion (fuzzy terms) once, for both passes (and for the same words on this reader).
            Query words = searcher.rewriteWords(text);
            // Counting: every match of the words once, unscored, with the sideways counts of selected facets.
            SidewaysCounting.Counts counts = words instanceof MatchAllDocsQuery && query.filters().isEmpty()
                    ? searcher.countsOfEverything()
                    : new SidewaysCounting(searcher, query.filters(), queries.filters(query)).count(words);
            for (Facet facet : Facet.values()) {
                facets.put(facet, counting.count(searcher.ordinals(), counts, facet, query));
            }
            // Ranking: only the page matters, so Lucene may skip what cannot reach it (the total is counted above).
            // With filters, only the hits that counting found are scored: finding them again is the expensive part.
            Query ranked = query.filters().isEmpty() ? words : LuceneQueries.combine(words, List.of(counts.found()));
            TopDocs top = searcher.search(ranked, new TopFieldCollectorManager(BEST_FIRST, Math.max(1, wanted), null, 1, false));
            return new SearchResult(counts.total(), query.page(), query.pageSize(), hits(searcher, top, query), facets,
                    about);
        } catch (IOException e) {
            throw new UncheckedIOException("The search failed", e);
        } finally {
            release(manager, acquired);
        }
    }

    @Override
    public List<FacetValue> values(Facet facet, Language language) {
        String prefix = FacetCounting.labelKey(facet, "");
        return labels.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .sorted(java.util.Comparator.comparing((FacetValue v) -> v.label(language)).thenComparing(FacetValue::key))
                .toList();
    }

    @Override
    public OptionalLong generation() {
        return OptionalLong.of(generation.get());
    }

    @Override
    public int size() {
        SearcherManager manager = index.searchers;
        IndexSearcher searcher = acquire(manager);
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(manager, searcher);
        }
    }

    @Override
    public long memoryBytes() {
        Index current = index;
        SearcherManager manager = current.searchers;
        IndexSearcher searcher = acquire(manager);
        try {
            long facets = ((FacetedSearcher) searcher).facets().map(f -> f.ramBytesUsed()).orElse(0L);
            long files = 0;
            for (String file : current.directory.listAll()) {
                files += current.directory.fileLength(file);
            }
            return files + current.writer.ramBytesUsed() + facets + current.facetColumns.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(manager, searcher);
        }
    }

    @Override
    public void close() {
        index.close();
        analysis.index().close();
        analysis.query().close();
    }

    private void remember(SearchDocument document) {
        for (Facet facet : Facet.values()) {
            for (FacetValue value : document.values(facet)) {
                labels.put(FacetCounting.labelKey(facet, value.key()), value);
            }
        }
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, SearchQuery query) throws IOException {
        boolean english = query.language() == Language.EN;
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = (query.page() - 1) * query.pageSize(); i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc);
            hits.add(new SearchHit(doc.get(LuceneFields.ID),
                    doc.get(english ? LuceneFields.NAME_EN : LuceneFields.NAME_NL),
                    doc.get(english ? LuceneFields.SUMMARY_EN : LuceneFields.SUMMARY_NL),
                    Optional.ofNullable(doc.get(LuceneFields.UPL)),
                    doc.get(LuceneFields.AGENCY_NAME),
                    Optional.ofNullable(doc.get(LuceneFields.MUNICIPALITY_NAME))));
        }
        return hits;
    }

    private static IndexSearcher acquire(SearcherManager manager) {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One generation of the index: its files, its writer, its readers and the thread that reopens them. */
    private final class Index {
        final Path folder;
        final Directory directory;
        final FacetColumns facetColumns = new FacetColumns();
        final IndexWriter writer;
        final SearcherManager searchers;
        final ControlledRealTimeReopenThread<IndexSearcher> reopener;

        /**
         * Memory-mapped files in a temporary folder, deleted on close: the operating system keeps
         * them in memory, and doc values (the facets) read several times faster than from
         * Lucene's heap-based {@code ByteBuffersDirectory}. The index is rebuilt at every start.
         */
        Index() {
            try {
                this.folder = Files.createTempDirectory("loket-catalogue-search");
                this.directory = new MMapDirectory(folder);
                IndexWriterConfig config = new IndexWriterConfig(analysis.index());
                config.setRAMBufferSizeMB(64);
                this.writer = new IndexWriter(directory, config);
                this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig, facetColumns));
                searchers.addListener(new ReferenceManager.RefreshListener() {
                    @Override
                    public void beforeRefresh() {
                    }

                    @Override
                    public void afterRefresh(boolean didRefresh) {
                        // After the new reader is in place: a generation is never newer than what searches see.
                        if (didRefresh) {
                            generation.incrementAndGet();
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not open the search index", e);
            }
            this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
            reopener.setName("loket-catalogue-search-refresh");
            reopener.setDaemon(true);
            reopener.start();
        }

        void refreshNow() throws IOException {
            searchers.maybeRefreshBlocking();
        }

        void close() {
            reopener.close();
            try {
                searchers.close();
                writer.close();
                directory.close();
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not close the search index", e);
            }
        }
    }
}

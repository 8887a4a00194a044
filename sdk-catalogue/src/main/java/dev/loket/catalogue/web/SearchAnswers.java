package dev.loket.catalogue.web;

import dev.loket.catalogue.search.Facet;
import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchQuery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The search API's answers kept as the bytes sent, per query, while the search's
 * {@linkplain ProductSearch#generation() generation} stays the same: a search engine's request
 * cache. Popular searches ("paspoort", a municipality's page) then cost a map look-up instead of a
 * search and a JSON rendering; a change to the catalogue makes every kept answer stale at once, so
 * a change is still found within a second. Bounded by bytes, least recently used out first.
 */
final class SearchAnswers {

    private static final Logger LOG = Logger.getLogger(SearchAnswers.class.getName());
    /** Every so many look-ups the hit rate is logged, so an operator can see whether the cache pays. */
    private static final long LOG_EVERY = 100_000;

    /** One answer: its JSON and an ETag made of its bytes (so it stays right across restarts). */
    record Answer(long generation, byte[] json, String etag) {
    }

    private final long maxBytes;
    private final Map<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final AtomicLong lookups = new AtomicLong();

    /** @param maxBytes the most the kept answers may hold; 0 keeps none */
    SearchAnswers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer to a query: kept from before when the search has not changed since, else rendered now. */
    Answer answer(ProductSearch search, SearchQuery query, Function<SearchQuery, byte[]> render) {
        // Read before searching: a kept answer is never older than the generation it is kept under.
        OptionalLong generation = search.generation();
        if (maxBytes <= 0 || generation.isEmpty()) {
            byte[] json = render.apply(query);
            return new Answer(-1, json, etag(json));
        }
        String key = key(query);
        Answer kept;
        synchronized (this) {
            kept = answers.get(key);
        }
        if (kept != null && kept.generation() == generation.getAsLong()) {
            count(hits);
            return kept;
        }
        count(misses);
        byte[] json = render.apply(query);
        Answer fresh = new Answer(generation.getAsLong(), json, etag(json));
        keep(key, fresh);
        return fresh;
    }

    /** Look-ups answered from the cache, and all look-ups. */
    long[] hitsAndLookups() {
        long h = hits.sum();
        return new long[] {h, h + misses.sum()};
    }

    String summary() {
        long[] counted = hitsAndLookups();
        synchronized (this) {
            return String.format("Search answers: %d of %d from the cache (%.1f %%); %d kept, %d KiB",
                    counted[0], counted[1], counted[1] == 0 ? 0.0 : 100.0 * counted[0] / counted[1],
                    answers.size(), bytes / 1024);
        }
    }

    private void count(LongAdder adder) {
        adder.increment();
        if (lookups.incrementAndGet() % LOG_EVERY == 0) {
            LOG.info(this::summary);
        }
    }

    private synchronized void keep(String key, Answer answer) {
        if (answer.json().length > maxBytes) {
            return;
        }
        Answer replaced = answers.put(key, answer);
        bytes += answer.json().length - (replaced == null ? 0 : replaced.json().length);
        Iterator<Answer> eldest = answers.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().json().length;
            eldest.remove();
        }
    }

    /** The query as one string: the same search typed or linked differently is the same key. */
    static String key(SearchQuery query) {
        StringBuilder key = new StringBuilder(64).append(query.language()).append('\n').append(query.text());
        for (Facet facet : Facet.values()) {
            if (!query.filter(facet).isEmpty()) {
                key.append('\n').append(facet.parameter()).append('=')
                        .append(String.join("\u0000", new TreeSet<>(query.filter(facet))));
            }
        }
        return key.append('\n').append(query.page()).append('/').append(query.pageSize()).append('/')
                .append(query.facetValues()).toString();
    }

    static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}

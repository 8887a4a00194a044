package dev.loket.catalogue.internal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synonym list, a data file in Solr's format (one group of words that mean the same per line,
 * or {@code a, b => c} one way). Read twice: as Lucene's {@link SynonymMap} for the words inside a
 * query, and as whole phrases, so that a query that is exactly a synonym of a UPL name
 * ({@code ID-kaart}) ranks that name's products first, like the name itself would.
 */
final class Synonyms {

    static final String RESOURCE = "dev/loket/catalogue/search/synonyms.txt";

    private final SynonymMap map;
    private final Map<String, Set<String>> phrases;

    private Synonyms(SynonymMap map, Map<String, Set<String>> phrases) {
        this.map = map;
        this.phrases = phrases;
    }

    static Synonyms fromClassPath() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The synonym list " + RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the synonym list " + RESOURCE, e);
        }
    }

    static Synonyms parse(String text) {
        try (Analyzer normalizing = DutchAnalysis.normalizing(); Reader reader = new java.io.StringReader(text)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizing);
            parser.parse(reader);
            return new Synonyms(parser.build(), phrases(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The synonym list is not valid at line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        }
    }

    SynonymMap map() {
        return map;
    }

    /** The phrases that mean the same as this whole query (normalized as {@link LuceneFields#normalize}), itself included. */
    Set<String> equivalents(String normalizedQuery) {
        return phrases.getOrDefault(normalizedQuery, Set.of(normalizedQuery));
    }

    private static Map<String, Set<String>> phrases(String text) {
        Map<String, Set<String>> result = new HashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", 2);
            List<String> from = words(sides[0]);
            List<String> to = sides.length == 2 ? words(sides[1]) : from;
            for (String phrase : from) {
                Set<String> equivalents = result.computeIfAbsent(phrase, p -> new LinkedHashSet<>(List.of(p)));
                equivalents.addAll(to);
            }
        }
        return result;
    }

    private static List<String> words(String side) {
        List<String> words = new ArrayList<>();
        for (String word : side.split(",")) {
            String normalized = LuceneFields.normalize(word);
            if (!normalized.isEmpty()) {
                words.add(normalized);
            }
        }
        return words;
    }
}

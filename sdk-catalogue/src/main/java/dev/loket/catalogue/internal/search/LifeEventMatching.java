package dev.loket.catalogue.internal.search;

import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.LifeEventStep;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.search.FacetValue;
import dev.loket.core.Language;
import org.apache.lucene.analysis.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which life events a person's words are about. People in trouble type what happened
 * ("portemonnee gestolen", "rijbewijs kwijt"), not the name of a service; the life event that fits
 * is then offered first and its services rank high.
 *
 * <p>A life event fits when at least one of the words is in its name (so "rijbewijs" alone, a
 * service, is not taken as "my wallet was stolen"), and every word is in its name, description,
 * step titles or the UPL names of its steps (so "fiets gestolen" is not the stolen wallet). A word
 * counts with its synonyms and Dutch word forms, as the search reads it; stop words do not count.
 * Dutch and English are matched each on their own.
 */
final class LifeEventMatching {

    private record Words(Set<String> name, Set<String> all) {
    }

    private record Indexed(FacetValue event, Words nl, Words en) {
    }

    /** Splits what people type into words, as the synonym list is read. */
    private static final Analyzer WORDS = DutchAnalysis.normalizing();

    private final DutchAnalysis analysis;
    private final List<Indexed> events;

    private LifeEventMatching(DutchAnalysis analysis, List<Indexed> events) {
        this.analysis = analysis;
        this.events = events;
    }

    static LifeEventMatching none(DutchAnalysis analysis) {
        return new LifeEventMatching(analysis, List.of());
    }

    static LifeEventMatching of(DutchAnalysis analysis, Collection<LifeEvent> lifeEvents) {
        List<Indexed> events = new ArrayList<>();
        for (LifeEvent event : lifeEvents) {
            events.add(new Indexed(new FacetValue(event.id(), event.name().nl(), event.name().in(Language.EN)),
                    words(analysis, event, LuceneFields.NAME_NL, Language.NL),
                    words(analysis, event, LuceneFields.NAME_EN, Language.EN)));
        }
        return new LifeEventMatching(analysis, List.copyOf(events));
    }

    /** The life events these words are about, in the order they were given. */
    List<FacetValue> matching(String text) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Set<String>> nl = queryWords(text, LuceneFields.NAME_NL);
        List<Set<String>> en = queryWords(text, LuceneFields.NAME_EN);
        return events.stream().filter(e -> fits(nl, e.nl()) || fits(en, e.en())).map(Indexed::event).toList();
    }

    private static boolean fits(List<Set<String>> query, Words event) {
        return !query.isEmpty()
                && query.stream().anyMatch(forms -> forms.stream().anyMatch(event.name()::contains))
                && query.stream().allMatch(forms -> forms.stream().anyMatch(event.all()::contains));
    }

    /** Per word typed, the forms the search looks for (its stem and its synonyms'); stop words left out. */
    private List<Set<String>> queryWords(String text, String field) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : tokens(WORDS, field, text)) {
            Set<String> forms = new HashSet<>(tokens(analysis.query(), field, word));
            if (!forms.isEmpty()) {
                words.add(forms);
            }
        }
        return words;
    }

    private static Words words(DutchAnalysis analysis, LifeEvent event, String field, Language language) {
        Set<String> name = new HashSet<>(tokens(analysis.index(), field, event.name().in(language)));
        Set<String> all = new HashSet<>(name);
        all.addAll(tokens(analysis.index(), field, event.description().in(language)));
        for (LifeEventStep step : event.steps()) {
            all.addAll(tokens(analysis.index(), field, step.title().in(language)));
            for (UplName upl : step.uplNames()) {
                all.addAll(tokens(analysis.index(), field, upl.name()));
            }
        }
        return new Words(Set.copyOf(name), Set.copyOf(all));
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        try {
            return LuceneQueries.tokens(analyzer, field, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.loket.catalogue.web;

import dev.loket.catalogue.search.ProductSearch;
import dev.loket.catalogue.search.SearchHit;
import dev.loket.catalogue.search.SearchQuery;
import dev.loket.core.Language;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services most people come for, offered on the search page before anything is typed, so a
 * person who finds searching hard can click instead.
 *
 * <p>"Most used" is a list the agency keeps, not a count: Loket keeps no search log and no page
 * statistics (on purpose: what a person looks for says something about them), so it cannot know.
 * An agency sets {@value #PROPERTY} to the UPL names its own statistics show on top, in order. The
 * default is the municipal services people need most often in person, in the order of the
 * portal's hint and the life events: travel documents and ID, the driving licence, moving, an
 * extract of the population register, the parking permit.
 *
 * <p>A name is the UPL name, so every agency's own product of that name is meant (Utrecht's and
 * Buren's ID card): with one product the link goes to its page, with several to the search for the
 * name (those products first, a municipality to choose); a name no product has is left out.
 */
final class MostUsedServices {

    static final String PROPERTY = "loket.catalogue.most-used";
    static final List<String> DEFAULT = List.of("paspoort", "identiteitskaart", "rijbewijs", "verhuismelding",
            "brp-uittreksel", "parkeervergunning");
    /** Enough to see whether more than one product has the name. */
    private static final int LOOK_AHEAD = 10;

    private final List<String> uplNames;
    /** The links last found per language, with the index generation they were found in. */
    private final Map<Language, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long generation, String base, List<SearchPage.Shortcut> shortcuts) {
    }

    MostUsedServices(List<String> uplNames) {
        this.uplNames = List.copyOf(uplNames);
    }

    static MostUsedServices fromConfig() {
        return new MostUsedServices(ConfigProvider.getConfig().getOptionalValues(PROPERTY, String.class).orElse(DEFAULT));
    }

    /**
     * A link per listed service the catalogue has, in the listed order, named in the language. Found
     * once per index generation: the search page before a search is the catalogue's most visited
     * page, and the answer changes only when the index does.
     */
    List<SearchPage.Shortcut> shortcuts(ProductSearch search, String base, Language language) {
        OptionalLong generation = search.generation();
        if (generation.isEmpty()) {
            return find(search, base, language);
        }
        Kept known = kept.get(language);
        if (known != null && known.generation() == generation.getAsLong() && known.base().equals(base)) {
            return known.shortcuts();
        }
        List<SearchPage.Shortcut> found = find(search, base, language);
        kept.put(language, new Kept(generation.getAsLong(), base, found));
        return found;
    }

    private List<SearchPage.Shortcut> find(ProductSearch search, String base, Language language) {
        List<SearchPage.Shortcut> shortcuts = new ArrayList<>();
        for (String upl : uplNames) {
            List<SearchHit> named = search.search(SearchQuery.of(upl, language).page(1, LOOK_AHEAD)).hits().stream()
                    .filter(h -> h.uplName().map(n -> same(n, upl)).orElse(false)).toList();
            if (named.isEmpty()) {
                continue;
            }
            String href = named.size() == 1
                    ? base + "/catalogue/product?id=" + SearchPage.encode(named.get(0).productId())
                    : base + "/catalogue?q=" + SearchPage.encode(upl);
            shortcuts.add(new SearchPage.Shortcut(named.get(0).name(), "", href));
        }
        return List.copyOf(shortcuts);
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}

package dev.loket.catalogue.lifeevent;

import dev.loket.catalogue.AgencyType;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.LifeEventStep;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SpatialScope;
import dev.loket.catalogue.UplName;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out life events for a person: each step's services, found by the step's products (one
 * organisation for everyone: the police report, the bank) and by its UPL names in the area that
 * provides it (the person's municipality for a municipal step, the country for a national one).
 */
public final class LifeEventGuide {

    /** No life event with that id. */
    public static final ProblemType UNKNOWN_LIFE_EVENT =
            ProblemType.of("catalogue/unknown-life-event", 404, SearchDocuments.BUNDLE);

    private static final String COUNTRY = SpatialScope.netherlands().code();

    private final Map<String, LifeEvent> events;
    private final ProductLookup products;

    public LifeEventGuide(Collection<LifeEvent> events, ProductLookup products) {
        this.events = events.stream().collect(Collectors.toMap(LifeEvent::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.products = products;
    }

    /** The life events, in the order they were given. */
    public List<LifeEvent> events() {
        return List.copyOf(events.values());
    }

    public Optional<LifeEvent> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    /**
     * The plan of a life event for a person in a municipality.
     *
     * @param eventId      the life event's id
     * @param municipality the CBS code of the person's municipality ({@code GM0344}), when known
     * @throws dev.loket.core.LoketException {@code catalogue/unknown-life-event} (404) for an id that is no life event
     */
    public LifeEventPlan plan(String eventId, Optional<String> municipality) {
        LifeEvent event = event(eventId).orElseThrow(() -> new LoketException(UNKNOWN_LIFE_EVENT,
                Message.of(SearchDocuments.BUNDLE, "lifeEvent.unknown", eventId)));
        List<LifeEventPlan.Step> steps = new ArrayList<>();
        for (LifeEventStep step : event.steps()) {
            steps.add(new LifeEventPlan.Step(steps.size() + 1, step, services(step, municipality)));
        }
        return new LifeEventPlan(event, municipality, steps);
    }

    private List<Product> services(LifeEventStep step, Optional<String> municipality) {
        Map<URI, Product> found = new LinkedHashMap<>();
        for (URI id : step.products()) {
            products.find(id).ifPresent(p -> found.put(p.id(), p));
        }
        Optional<String> area = area(step.providedBy(), municipality);
        if (area.isPresent()) {
            for (UplName upl : step.uplNames()) {
                products.withUplName(upl.uri(), area.get()).forEach(p -> found.putIfAbsent(p.id(), p));
            }
        }
        return List.copyOf(found.values());
    }

    /** Where a step's UPL names are looked for; empty when that area is not known. */
    private static Optional<String> area(AgencyType providedBy, Optional<String> municipality) {
        return switch (providedBy) {
            case MUNICIPALITY -> municipality;
            case NATIONAL, PRIVATE -> Optional.of(COUNTRY);
            // A province or water board is found through the municipality once the catalogue maps them; not yet.
            case PROVINCE, WATER_BOARD -> Optional.empty();
        };
    }
}

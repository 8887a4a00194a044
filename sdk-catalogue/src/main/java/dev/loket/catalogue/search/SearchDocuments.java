package dev.loket.catalogue.search;

import dev.loket.catalogue.Audience;
import dev.loket.catalogue.ChannelKind;
import dev.loket.catalogue.LifeEvent;
import dev.loket.catalogue.PaymentMethod;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.SpatialScope;
import dev.loket.core.Language;
import dev.loket.core.Message;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the search's view of a product: its words in both languages and its facet values with their
 * names. Keeps the life events, whose names the life-event facet shows.
 */
public final class SearchDocuments {

    /** Texts of the search, the life events and eligibility, in Dutch (base) and English. */
    public static final String BUNDLE = "dev.loket.catalogue.search.messages";

    private final Map<String, LifeEvent> lifeEvents;

    public SearchDocuments(Collection<LifeEvent> lifeEvents) {
        this.lifeEvents = lifeEvents.stream().collect(Collectors.toMap(LifeEvent::id, Function.identity(), (a, b) -> a));
    }

    /** The life events these documents name, for {@link ProductSearchIndex#replaceLifeEvents}. */
    public List<LifeEvent> lifeEvents() {
        return List.copyOf(lifeEvents.values());
    }

    public SearchDocument of(Product product) {
        List<FacetValue> channels = product.channels().stream().map(c -> c.kind()).distinct().sorted()
                .map(SearchDocuments::channel).toList();
        List<FacetValue> payments = product.paymentMethods().stream().sorted().map(SearchDocuments::payment).toList();
        List<FacetValue> audiences = product.audiences().stream().sorted().map(SearchDocuments::audience).toList();
        List<FacetValue> events = product.lifeEvents().stream().map(this::lifeEvent).toList();
        SpatialScope scope = product.spatialScope();
        Optional<FacetValue> municipality = scope.kind() == SpatialScope.Kind.MUNICIPALITY
                ? Optional.of(FacetValue.named(scope.code(), scope.name())) : Optional.empty();
        return new SearchDocument(product.id().toString(), product.upl().map(u -> u.name()),
                product.name().nl(), product.name().in(Language.EN),
                product.description().nl(), product.description().in(Language.EN), product.keywords(),
                FacetValue.named(product.competentAuthority().id(), product.competentAuthority().name()),
                municipality, events, channels, audiences, payments);
    }

    private FacetValue lifeEvent(String id) {
        LifeEvent event = lifeEvents.get(id);
        return event == null ? FacetValue.named(id, id)
                : new FacetValue(id, event.name().nl(), event.name().in(Language.EN));
    }

    static FacetValue channel(ChannelKind kind) {
        return labelled(kind.name(), "channel." + kind.name());
    }

    static FacetValue payment(PaymentMethod method) {
        return labelled(method.name(), "payment." + method.name());
    }

    static FacetValue audience(Audience audience) {
        return labelled(audience.name(), "audience." + audience.name());
    }

    private static FacetValue labelled(String key, String messageKey) {
        Message message = Message.of(BUNDLE, messageKey);
        return new FacetValue(key, message.in(Language.NL), message.in(Language.EN));
    }
}

package dev.loket.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A public service or product of one agency (CPSV-AP 3 {@code PublicService}; a Samenwerkende
 * Catalogi {@code scproduct}). Immutable; build one with {@link #builder(URI, String)} and change
 * one with {@link #toBuilder()}.
 *
 * @param id                 the product's URI, stable across versions and catalogues
 * @param upl                the UPL name this product is an instance of, where one exists
 * @param name               the name shown to people, per language
 * @param description        what the service is and does, in plain language (B1), per language
 * @param audiences          citizens, businesses or both; never empty
 * @param competentAuthority the agency that provides the service and decides on it
 * @param spatialScope       where the service applies
 * @param channels           the ways to use the service, in the order the agency prefers them
 * @param costs              what it costs; empty for a free service
 * @param requirements       the conditions, in words and where possible as rules
 * @param evidence           what to bring or upload ("Een pasfoto van minder dan 6 maanden oud")
 * @param output             what one gets ("Een nieuwe identiteitskaart, 10 jaar geldig")
 * @param processingTime     how long it takes at most, as an ISO 8601 period ({@code P5D})
 * @param legalResources     the laws the service rests on
 * @param relatedProducts    ids of related products, of this agency or others
 * @param lifeEvents         ids of the life or business events ({@link LifeEvent#id()}) the service belongs to
 * @param keywords           extra words people search with ("ID-kaart", "legitimatie")
 * @param lastModified       when the agency last changed the description
 * @param owner              the id of the agency that publishes and may change this product; usually the
 *                           competent authority, or one that publishes on its behalf
 */
public record Product(URI id, Optional<UplName> upl, LocalizedText name, LocalizedText description,
                      Set<Audience> audiences, Agency competentAuthority, SpatialScope spatialScope,
                      List<ServiceChannel> channels, List<Fee> costs, List<Requirement> requirements,
                      List<LocalizedText> evidence, Optional<LocalizedText> output, Optional<Period> processingTime,
                      List<LegalResource> legalResources, List<URI> relatedProducts, List<String> lifeEvents,
                      List<String> keywords, Instant lastModified, String owner) {

    public Product {
        Objects.requireNonNull(id, "A product's id is required");
        if (!id.isAbsolute()) {
            throw new IllegalArgumentException("A product's id is an absolute URI, not " + id);
        }
        upl = Copies.optional(upl);
        Objects.requireNonNull(name, "A product's name is required");
        Objects.requireNonNull(description, "A product's description is required");
        audiences = Copies.enums(audiences, Audience.class);
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("A product is for citizens, businesses or both");
        }
        Objects.requireNonNull(competentAuthority, "A product's competent authority is required");
        Objects.requireNonNull(spatialScope, "A product's spatial scope is required");
        channels = Copies.list(channels);
        costs = Copies.list(costs);
        requirements = Copies.list(requirements);
        evidence = Copies.list(evidence);
        output = Copies.optional(output);
        processingTime = Copies.optional(processingTime);
        if (processingTime.isPresent() && processingTime.get().isNegative()) {
            throw new IllegalArgumentException("A processing time cannot be negative: " + processingTime.get());
        }
        legalResources = Copies.list(legalResources);
        relatedProducts = Copies.list(relatedProducts);
        lifeEvents = Copies.list(lifeEvents);
        keywords = Copies.list(keywords);
        keywords.forEach(word -> Copies.required(word, "A keyword"));
        Objects.requireNonNull(lastModified, "A product's last modification time is required");
        if (!Agency.isValidId(owner)) {
            throw new IllegalArgumentException("A product's owner is an agency id, not " + owner);
        }
    }

    /**
     * How one can pay for this service on any of its channels; {@link PaymentMethod#FREE} when it
     * costs nothing. A portal shows this next to the service, so a person who can only pay cash sees
     * where that is possible.
     */
    public Set<PaymentMethod> paymentMethods() {
        EnumSet<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        channels.forEach(channel -> methods.addAll(channel.paymentMethods()));
        if (isFreeOfCharge()) {
            methods.add(PaymentMethod.FREE);
        }
        return Set.copyOf(methods);
    }

    /** True when there are no costs, or every cost is a fixed zero. */
    @JsonIgnore
    public boolean isFreeOfCharge() {
        return costs.stream().allMatch(fee -> fee.amount().map(Cost::isFree).orElse(false));
    }

    /** Whether {@code agency} (an agency id) may change or remove this product. */
    public boolean isOwnedBy(String agency) {
        return owner.equals(agency);
    }

    /** The channels of one kind, in the agency's order. */
    public List<ServiceChannel> channels(ChannelKind kind) {
        return channels.stream().filter(channel -> channel.kind() == kind).toList();
    }

    public static Builder builder(URI id, String owner) {
        return new Builder(id, owner);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(id, owner);
        builder.upl = upl;
        builder.name = name;
        builder.description = description;
        builder.audiences.addAll(audiences);
        builder.competentAuthority = competentAuthority;
        builder.spatialScope = spatialScope;
        builder.channels.addAll(channels);
        builder.costs.addAll(costs);
        builder.requirements.addAll(requirements);
        builder.evidence.addAll(evidence);
        builder.output = output;
        builder.processingTime = processingTime;
        builder.legalResources.addAll(legalResources);
        builder.relatedProducts.addAll(relatedProducts);
        builder.lifeEvents.addAll(lifeEvents);
        builder.keywords.addAll(keywords);
        builder.lastModified = lastModified;
        return builder;
    }

    /** Builds a {@link Product}; list setters add, so a builder reads like the product's description. */
    public static final class Builder {
        private URI id;
        private String owner;
        private Optional<UplName> upl = Optional.empty();
        private LocalizedText name;
        private LocalizedText description;
        private final Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        private Agency competentAuthority;
        private SpatialScope spatialScope;
        private final List<ServiceChannel> channels = new ArrayList<>();
        private final List<Fee> costs = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<LocalizedText> evidence = new ArrayList<>();
        private Optional<LocalizedText> output = Optional.empty();
        private Optional<Period> processingTime = Optional.empty();
        private final List<LegalResource> legalResources = new ArrayList<>();
        private final List<URI> relatedProducts = new ArrayList<>();
        private final List<String> lifeEvents = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private Instant lastModified;

        private Builder(URI id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        public Builder id(URI id) { this.id = id; return this; }
        public Builder owner(String owner) { this.owner = owner; return this; }
        public Builder upl(UplName upl) { this.upl = Optional.of(upl); return this; }
        public Builder name(LocalizedText name) { this.name = name; return this; }
        public Builder name(String nl, String en) { return name(LocalizedText.of(nl, en)); }
        public Builder description(LocalizedText description) { this.description = description; return this; }
        public Builder description(String nl, String en) { return description(LocalizedText.of(nl, en)); }
        public Builder audience(Audience... audiences) { this.audiences.addAll(List.of(audiences)); return this; }
        public Builder competentAuthority(Agency agency) { this.competentAuthority = agency; return this; }
        public Builder spatialScope(SpatialScope scope) { this.spatialScope = scope; return this; }
        public Builder channel(ServiceChannel channel) { channels.add(channel); return this; }
        public Builder clearChannels() { channels.clear(); return this; }
        public Builder cost(Fee fee) { costs.add(fee); return this; }
        public Builder clearCosts() { costs.clear(); return this; }
        public Builder requirement(Requirement requirement) { requirements.add(requirement); return this; }
        public Builder evidence(LocalizedText document) { evidence.add(document); return this; }
        public Builder output(LocalizedText output) { this.output = Optional.of(output); return this; }
        public Builder processingTime(Period period) { this.processingTime = Optional.of(period); return this; }
        public Builder legalResource(LegalResource resource) { legalResources.add(resource); return this; }
        public Builder relatedProduct(URI product) { relatedProducts.add(product); return this; }
        public Builder lifeEvent(String lifeEventId) { lifeEvents.add(lifeEventId); return this; }
        public Builder keywords(Collection<String> words) { keywords.addAll(words); return this; }
        public Builder keyword(String word) { keywords.add(word); return this; }
        public Builder lastModified(Instant instant) { this.lastModified = instant; return this; }

        public Product build() {
            return new Product(id, upl, name, description, audiences, competentAuthority, spatialScope, channels,
                    costs, requirements, evidence, output, processingTime, legalResources, relatedProducts,
                    lifeEvents, keywords, lastModified, owner);
        }
    }
}

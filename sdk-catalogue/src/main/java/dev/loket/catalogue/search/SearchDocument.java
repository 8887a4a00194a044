package dev.loket.catalogue.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search knows of a product: the words to find it by and the values to filter and count it
 * by. Made from a product by the catalogue; the search keeps no other copy of the product.
 *
 * @param id             the product's id (its URI)
 * @param uplName        its name in the Uniforme Productnamenlijst, when it has one (ranked first on an exact match)
 * @param nameNl         its name in Dutch
 * @param nameEn         its name in English
 * @param descriptionNl  its plain-language description in Dutch
 * @param descriptionEn  its description in English
 * @param keywords       more words to find it by (either language)
 * @param agency         the agency that offers it
 * @param municipality   the municipality it is for; empty for a service of a national, provincial or water board agency
 * @param lifeEvents     the life events it belongs to
 * @param channels       the ways to get it
 * @param audiences      who it is for
 * @param paymentMethods the ways to pay for it
 */
public record SearchDocument(String id, Optional<String> uplName, String nameNl, String nameEn,
                             String descriptionNl, String descriptionEn, List<String> keywords,
                             FacetValue agency, Optional<FacetValue> municipality, List<FacetValue> lifeEvents,
                             List<FacetValue> channels, List<FacetValue> audiences, List<FacetValue> paymentMethods) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uplName, "uplName");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(descriptionNl, "descriptionNl");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(municipality, "municipality");
        keywords = List.copyOf(keywords);
        lifeEvents = List.copyOf(lifeEvents);
        channels = List.copyOf(channels);
        audiences = List.copyOf(audiences);
        paymentMethods = List.copyOf(paymentMethods);
    }

    /** The values this product has for a facet. */
    public List<FacetValue> values(Facet facet) {
        return switch (facet) {
            case AGENCY -> List.of(agency);
            case MUNICIPALITY -> municipality.map(List::of).orElse(List.of());
            case LIFE_EVENT -> lifeEvents;
            case CHANNEL -> channels;
            case AUDIENCE -> audiences;
            case PAYMENT_METHOD -> paymentMethods;
        };
    }
}

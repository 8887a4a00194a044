package dev.loket.consent;

import dev.loket.core.Language;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A purpose for which a controller processes personal data ("doelbinding"): what for, on which
 * lawful basis, which data, who receives it and how long it is kept. Load them with
 * {@link PurposeRegistry}.
 *
 * @param id              the purpose's id, unique for its controller, e.g. {@code "bijzondere-bijstand"}
 * @param description     what the data is used for, in plain language, per language (Dutch at least)
 * @param controller      the agency responsible (the GDPR's controller), e.g. {@code "gemeente-utrecht"}
 * @param basis           the GDPR Art. 6 basis
 * @param legalReference  the law and article that give the basis; present unless the basis is consent
 * @param dataCategories  the categories of personal data used, e.g. {@code "income"}
 * @param recipients      who receives the data (processors and other agencies); empty when nobody
 * @param retention       how long the data is kept after the purpose ends
 * @param specialCategory whether special categories of data are involved (GDPR Art. 9), e.g. health
 */
public record Purpose(String id, Map<Language, String> description, String controller, LegalBasis basis,
                      Optional<LegalReference> legalReference, Set<String> dataCategories, List<String> recipients,
                      Period retention, boolean specialCategory) {

    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(retention, "retention");
        if (!description.containsKey(Language.NL)) {
            throw new IllegalArgumentException("Purpose " + id + " needs a Dutch description");
        }
        if (basis != LegalBasis.CONSENT && legalReference.isEmpty()) {
            throw new IllegalArgumentException("Purpose " + id + " rests on " + basis
                    + " and so needs a legal reference (law and article)");
        }
        if (dataCategories.isEmpty()) {
            throw new IllegalArgumentException("Purpose " + id + " names no data categories");
        }
        description = Map.copyOf(new EnumMap<>(description));
        dataCategories = Set.copyOf(dataCategories);
        recipients = List.copyOf(recipients);
    }

    /** The description in {@code language}, or in Dutch when there is none in that language. */
    public String description(Language language) {
        return description.getOrDefault(language, description.get(Language.NL));
    }

    /** Whether every one of {@code categories} is among this purpose's data categories. */
    public boolean covers(Set<String> categories) {
        return dataCategories.containsAll(categories);
    }
}

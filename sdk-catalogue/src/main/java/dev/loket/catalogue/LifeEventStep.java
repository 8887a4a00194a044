package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a life event: something a person must do, at whichever agency provides it. A step
 * names services by UPL name where every municipality (or every agency of a type) has its own
 * product, so the portal can show the person's own municipality's product; and by product id
 * where one organisation provides it for everyone (the police report, the bank's card block).
 *
 * @param title       what to do, as an instruction ("Doe aangifte bij de politie")
 * @param explanation why and when, in plain language
 * @param providedBy  the kind of organisation that provides it, so a portal can say "bij uw gemeente"
 * @param uplNames    the UPL names whose products fulfil this step, in any agency of {@code providedBy}
 * @param products    ids of specific products that fulfil this step
 * @param optional    true for a step not everyone needs ("Vraag een nieuwe minimapas aan als u die had")
 */
public record LifeEventStep(LocalizedText title, Optional<LocalizedText> explanation, AgencyType providedBy,
                            List<UplName> uplNames, List<URI> products, boolean optional) {

    public LifeEventStep {
        Objects.requireNonNull(title, "A step's title is required");
        explanation = Copies.optional(explanation);
        Objects.requireNonNull(providedBy, "A step says which kind of organisation provides it");
        uplNames = Copies.list(uplNames);
        products = Copies.list(products);
        if (uplNames.isEmpty() && products.isEmpty()) {
            throw new IllegalArgumentException("A step refers to a UPL name or a product: " + title.nl());
        }
    }
}

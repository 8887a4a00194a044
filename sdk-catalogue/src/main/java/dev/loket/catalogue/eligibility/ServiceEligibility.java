package dev.loket.catalogue.eligibility;

import dev.loket.catalogue.LocalizedText;

import java.net.URI;
import java.util.List;

/**
 * What the facts say about one service.
 *
 * @param productId the product
 * @param name      its name
 * @param agency    the agency that provides it
 * @param verdict   likely, unknown or not eligible
 * @param reasons   each condition and what the facts say about it, in the product's order
 * @param missing   the facts that would decide what is still unknown, in the order a page asks them
 */
public record ServiceEligibility(URI productId, LocalizedText name, String agency, Verdict verdict,
                                 List<Reason> reasons, List<Fact> missing) {

    public ServiceEligibility {
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
    }
}

package dev.loket.catalogue.search;

import java.util.Optional;

/**
 * A product found, with what a result list shows of it.
 *
 * @param productId    the product's id (its URI)
 * @param name         its name in the query's language
 * @param summary      the start of its description, in the query's language
 * @param uplName      its name in the Uniforme Productnamenlijst, when it has one
 * @param agency       the agency that offers it
 * @param municipality the municipality it is for, when it is for one
 */
public record SearchHit(String productId, String name, String summary, Optional<String> uplName,
                        String agency, Optional<String> municipality) {
}

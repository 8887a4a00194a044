package dev.loket.catalogue;

import dev.loket.core.ProblemType;

/** The kinds of error sdk-catalogue raises, named {@code catalogue/...} (see {@code spec/problem-types.md}). */
public final class CatalogueProblems {

    /** The module's message bundle: {@code dev/loket/catalogue/messages.properties} (nl) and {@code _en}. */
    public static final String BUNDLE = "dev.loket.catalogue.messages";

    /** A call that needs an agency's API key came without one, or with one the catalogue does not know. */
    public static final ProblemType UNAUTHENTICATED = ProblemType.of("catalogue/unauthenticated", 401, BUNDLE);
    /** An agency tried to create, change or remove a product that belongs to another agency. */
    public static final ProblemType NOT_OWNER = ProblemType.of("catalogue/not-owner", 403, BUNDLE);
    /** A product whose competent authority, area or id is not one its publishing agency is registered for. */
    public static final ProblemType NOT_REGISTERED = ProblemType.of("catalogue/not-registered", 403, BUNDLE);
    /** No product with that id. */
    public static final ProblemType UNKNOWN_PRODUCT = ProblemType.of("catalogue/unknown-product", 404, BUNDLE);
    /** A product with that id exists already. */
    public static final ProblemType PRODUCT_EXISTS = ProblemType.of("catalogue/product-exists", 409, BUNDLE);
    /** A product, feed or import document the model refuses (a missing name, a channel without an address). */
    public static final ProblemType INVALID_PRODUCT = ProblemType.of("catalogue/invalid-product", 400, BUNDLE);
    /** A feed whose signature does not verify with the publishing agency's keys, or whose owner is not the signer. */
    public static final ProblemType FEED_REJECTED = ProblemType.of("catalogue/feed-rejected", 400, BUNDLE);
    /** A feed that is older than, or the same as, the last one taken from its publisher, or that has expired: a replay. */
    public static final ProblemType STALE_FEED = ProblemType.of("catalogue/stale-feed", 409, BUNDLE);
    /** A feed from an agency the catalogue has no keys for. */
    public static final ProblemType UNKNOWN_PUBLISHER = ProblemType.of("catalogue/unknown-publisher", 403, BUNDLE);

    private CatalogueProblems() {
    }
}

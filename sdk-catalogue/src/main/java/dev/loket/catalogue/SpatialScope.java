package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a service applies (CPSV-AP {@code spatial}, OWMS {@code dcterms:spatial}): a municipality
 * for a municipal service, a province, a water board's area, or the whole country.
 *
 * @param kind    the kind of area
 * @param code    a stable code: the CBS code for a municipality ({@code "GM0344"}), {@code "NL"} for the country,
 *                or, for areas without a code, the area's name in lower case
 * @param name    the name people know, e.g. "Utrecht"
 * @param owmsUri the area's URI in the OWMS value lists, where it has one
 */
public record SpatialScope(Kind kind, String code, String name, Optional<URI> owmsUri) {

    /** The kinds of area, in the OWMS schemes' names. */
    public enum Kind {
        MUNICIPALITY,
        PROVINCE,
        WATER_BOARD,
        COUNTRY
    }

    public SpatialScope {
        Objects.requireNonNull(kind, "The kind of area is required");
        Copies.required(code, "An area's code");
        Copies.required(name, "An area's name");
        owmsUri = Copies.optional(owmsUri);
    }

    public static SpatialScope netherlands() {
        return new SpatialScope(Kind.COUNTRY, "NL", "Nederland", Optional.empty());
    }

    public static SpatialScope municipality(String code, String name) {
        return new SpatialScope(Kind.MUNICIPALITY, code, name, Optional.empty());
    }
}

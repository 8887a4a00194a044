package dev.loket.catalogue;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies and areas a catalogue knows, found by their OWMS URI. Exchange formats such as
 * Samenwerkende Catalogi name an agency only by its URI and label; the directory turns
 * {@code http://standaarden.overheid.nl/owms/terms/Utrecht_(gemeente)} back into the agency
 * {@code utrecht} with its own name and type, and an area's URI back into its CBS code.
 */
public final class AgencyDirectory {

    private static final AgencyDirectory EMPTY = new AgencyDirectory(List.of(), List.of());

    private final Map<URI, Agency> agencies = new LinkedHashMap<>();
    private final Map<String, Agency> byId = new LinkedHashMap<>();
    private final Map<URI, SpatialScope> areas = new LinkedHashMap<>();

    private AgencyDirectory(Collection<Agency> agencies, Collection<SpatialScope> areas) {
        agencies.forEach(agency -> {
            agency.owmsUri().ifPresent(uri -> this.agencies.putIfAbsent(uri, agency));
            byId.putIfAbsent(agency.id(), agency);
        });
        areas.forEach(area -> area.owmsUri().ifPresent(uri -> this.areas.putIfAbsent(uri, area)));
    }

    public static AgencyDirectory of(Collection<Agency> agencies, Collection<SpatialScope> areas) {
        return new AgencyDirectory(agencies, areas);
    }

    /** The agencies and areas of these products. */
    public static AgencyDirectory of(Collection<Product> products) {
        return new AgencyDirectory(products.stream().map(Product::competentAuthority).toList(),
                products.stream().map(Product::spatialScope).toList());
    }

    /** A directory that knows nobody: every agency is made from what the document says. */
    public static AgencyDirectory empty() {
        return EMPTY;
    }

    public Optional<Agency> agency(URI owmsUri) {
        return Optional.ofNullable(agencies.get(owmsUri));
    }

    public Optional<Agency> agency(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<SpatialScope> area(URI owmsUri) {
        return Optional.ofNullable(areas.get(owmsUri));
    }
}

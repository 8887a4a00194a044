package dev.loket.catalogue.store;

import dev.loket.catalogue.Agency;

import java.util.Optional;

/**
 * Whose products an import may write, and what it replaces.
 *
 * <ul>
 *   <li>{@link #of(String) an agency's feed}: every product must be owned by that agency; the feed is
 *       the agency's whole catalogue, so the agency's products that are not in it are removed.</li>
 *   <li>{@link #harvest() a harvest}: the catalogue's operator loads a national collection (the
 *       Samenwerkende Catalogi harvest of all agencies): products keep their own owners, are added or
 *       replaced, and nothing is removed.</li>
 * </ul>
 *
 * @param agency the agency whose feed this is; empty for a harvest
 */
public record ImportScope(Optional<String> agency) {

    /** The name under which a harvest's changes are reported. */
    public static final String HARVEST = "harvest";

    public ImportScope {
        agency = agency == null ? Optional.empty() : agency;
        agency.ifPresent(id -> {
            if (!Agency.isValidId(id)) {
                throw new IllegalArgumentException("An import's agency is an agency id, not " + id);
            }
        });
    }

    public static ImportScope of(String agency) {
        return new ImportScope(Optional.of(agency));
    }

    public static ImportScope harvest() {
        return new ImportScope(Optional.empty());
    }

    /** Who the import's changes are reported as. */
    public String actor() {
        return agency.orElse(HARVEST);
    }
}

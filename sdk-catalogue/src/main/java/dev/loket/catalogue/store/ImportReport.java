package dev.loket.catalogue.store;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported products written (created or replaced)
 * @param removed  products of the agency that were not in its feed and were removed
 * @param rejected records not taken, with the reasons
 */
public record ImportReport(int imported, int removed, List<Rejection> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }
}

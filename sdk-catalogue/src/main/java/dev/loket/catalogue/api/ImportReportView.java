package dev.loket.catalogue.api;

import dev.loket.catalogue.store.ImportReport;

import java.util.List;

/**
 * What an import did, as the API returns it.
 *
 * @param imported products written
 * @param removed  the agency's products that were not in the import and are gone
 * @param rejected records not taken, with the reasons
 */
public record ImportReportView(int imported, int removed, List<RejectionView> rejected) {

    /** A record not taken: its position (from 1), its id where readable, and why. */
    public record RejectionView(int record, String id, String reason) {
    }

    static ImportReportView of(ImportReport report) {
        return new ImportReportView(report.imported(), report.removed(), report.rejected().stream()
                .map(r -> new RejectionView(r.record(), r.id().orElse(null), r.reason())).toList());
    }
}

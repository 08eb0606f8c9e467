package org.oretrace.kernel.reports;

import java.time.Instant;
import java.util.List;

/**
 * Which suppliers reported a smelter, for the registry's smelter page and API. The registry must not
 * depend on intake, which holds the declarations, so intake implements this as a CDI bean; inject
 * {@code Instance<SmelterReports>} and check {@code isResolvable()} to stay usable without it.
 */
public interface SmelterReports {

    /**
     * One declaration that names the smelter in its smelter list (a row the registry resolved to it).
     *
     * @param supplierName    the supplier's name in outreach when the declaration is linked to one,
     *                        otherwise the company name written in the CMRT
     * @param supplierId      outreach's supplier id, or null when the declaration is not linked to a supplier
     * @param declarationId   intake's declaration id
     * @param reportingYear   the reporting year (campaign) of the declaration, or null when unknown
     * @param status          the declaration's status (ACCEPTED or NEEDS_FOLLOW_UP)
     * @param reportedName    the smelter's name as the supplier wrote it (look-up choice or typed name)
     * @param reportedCountry the country as the supplier wrote it
     * @param receivedAt      when the declaration was received
     */
    record SmelterReport(String supplierName, Long supplierId, long declarationId, Integer reportingYear, String status,
                         String reportedName, String reportedCountry, Instant receivedAt) implements java.io.Serializable {
    }

    /** The read declarations (accepted or needing follow-up) naming the smelter, newest first; one entry per declaration. */
    List<SmelterReport> reportsOf(String smelterId);

    /** Distinct suppliers among reports: a supplier that sent two CMRTs counts once; unlinked ones count by name. */
    static int supplierCount(List<SmelterReport> reports) {
        return (int) reports.stream().map(r -> r.supplierId() != null ? "id:" + r.supplierId() : "name:" + r.supplierName())
                .distinct().count();
    }
}

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

    /**
     * One page of {@link #reportsOf} for a screen (issue 18: a smelter named by thousands of declarations must not be
     * held whole in a view), with the totals of the whole list.
     *
     * @param reports      the reports from {@code first} on, newest first
     * @param declarations how many reports (declarations) in all
     * @param suppliers    distinct suppliers among all of them, as {@link #supplierCount} counts them
     */
    record ReportPage(List<SmelterReport> reports, int declarations, int suppliers) implements java.io.Serializable {
    }

    /** A page of {@link #reportsOf}; implementations read only the page's details where they can. */
    default ReportPage page(String smelterId, int first, int max) {
        List<SmelterReport> all = reportsOf(smelterId);
        int from = Math.min(Math.max(first, 0), all.size());
        return new ReportPage(List.copyOf(all.subList(from, Math.min(all.size(), from + Math.max(max, 0)))), all.size(),
                supplierCount(all));
    }

    /** Distinct suppliers among reports: a supplier that sent two CMRTs counts once; unlinked ones count by name. */
    static int supplierCount(List<SmelterReport> reports) {
        return (int) reports.stream().map(r -> r.supplierId() != null ? "id:" + r.supplierId() : "name:" + r.supplierName())
                .distinct().count();
    }
}

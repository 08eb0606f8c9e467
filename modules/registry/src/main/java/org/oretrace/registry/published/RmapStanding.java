package org.oretrace.registry.published;

import org.oretrace.registry.published.RmapCategory;

import java.time.LocalDate;

/**
 * A smelter's RMAP status on a date: the latest status imported on or before it, with where it comes from. When no
 * import covers the date the category is UNKNOWN and status, date and source are null: the registry does not know,
 * which is not the same as "not enrolled".
 *
 * @param category          how the status counts (CONFORMANT, IN_PROGRESS = RMI's Active, NOT_CONFORMANT, UNKNOWN)
 * @param status            the words of the list or table, or the concluded "Dropped off the ... list"
 * @param statusDate        the date of that status
 * @param source            the import's source label (e.g. "RMI Conformant list"), or the upload for older entries
 * @param sourceAsOf        the date the import's statuses are as of
 * @param derived           true when no list stated it: the smelter dropped off a list between two imports of it
 * @param lastAuditDate     RMI's last audit date, when the list gives it
 * @param auditCycle        RMI's audit cycle, when the list gives it
 * @param reauditInProgress RMI's re-audit flag, when the list gives it
 */
public record RmapStanding(String smelterId, RmapCategory category, String status, LocalDate statusDate, String source,
                           LocalDate sourceAsOf, boolean derived, LocalDate lastAuditDate, String auditCycle,
                           Boolean reauditInProgress) implements java.io.Serializable {

    public static RmapStanding unknown(String smelterId) {
        return new RmapStanding(smelterId, RmapCategory.UNKNOWN, null, null, null, null, false, null, null, null);
    }

    public boolean known() {
        return status != null;
    }

    /** For people: "Conformant since 2024-04-30 — RMI Conformant list (as of 2024-04-30)", or "Unknown: no RMAP status imported covers 2023-12-31". */
    public String describe(LocalDate on) {
        if (!known()) {
            return "Unknown: no imported RMAP status covers " + on;
        }
        return status + " since " + statusDate + " (" + source + ")";
    }
}

package org.oretrace.registry.application;

import org.oretrace.registry.domain.SanctionsList;

import java.time.LocalDate;

/**
 * What an SDN list import stored, and the screening of all smelters it started against the new list.
 *
 * @param listId        id of the stored list version
 * @param listDate      the list's date
 * @param entries       SDN rows read
 * @param entities      of which entities (smelters are screened against these)
 * @param individuals   individuals (kept for supplier screening)
 * @param vessels       vessels
 * @param aircraft      aircraft
 * @param altNames      alternative names (alt.csv and a.k.a. remarks)
 * @param screeningId   the screening of all smelters against this list (its record says how far it is)
 */
public record SanctionsImportResult(long listId, LocalDate listDate, int entries, int entities, int individuals, int vessels,
                                    int aircraft, int altNames, long screeningId) {

    static SanctionsImportResult of(SanctionsList list, long screeningId) {
        return new SanctionsImportResult(list.getId(), list.getListDate(), list.getEntryCount(), list.getEntityCount(),
                list.getIndividualCount(), list.getVesselCount(), list.getAircraftCount(), list.getAltNameCount(), screeningId);
    }
}

package org.oretrace.registry.application;

import java.time.LocalDate;

/**
 * What an SDN list import did, screening included.
 *
 * @param listId        id of the stored list version
 * @param listDate      the list's date
 * @param entries       SDN rows read
 * @param entities      of which entities (smelters are screened against these)
 * @param individuals   individuals (kept for supplier screening)
 * @param vessels       vessels
 * @param aircraft      aircraft
 * @param altNames      alternative names (alt.csv and a.k.a. remarks)
 * @param screening     the screening of all smelters against this list
 */
public record SanctionsImportResult(long listId, LocalDate listDate, int entries, int entities, int individuals, int vessels,
                                    int aircraft, int altNames, ScreeningRun screening) {
}

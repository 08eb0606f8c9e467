package org.oretrace.registry.application;

import java.util.List;

/**
 * What an RMAP status upload did.
 *
 * @param rows             data rows read
 * @param added            new status entries (smelter x date)
 * @param updated          entries of the same smelter and date whose status changed
 * @param unchanged        entries already known
 * @param unknownSmelters  rows naming a smelter ID the registry does not know (skipped)
 * @param unmappedStatuses status words not yet mapped to a category (stored; counted as unknown until mapped)
 * @param problems         rows that could not be read, with row number and reason (at most 50)
 */
public record RmapImportResult(int rows, int added, int updated, int unchanged, int unknownSmelters,
                               List<String> unmappedStatuses, List<String> problems) {
}

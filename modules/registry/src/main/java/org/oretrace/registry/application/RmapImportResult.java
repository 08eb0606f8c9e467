package org.oretrace.registry.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What an RMAP import did.
 *
 * @param importId         the import's record (its source label and date name its statuses wherever they appear)
 * @param kind             CONFORMANT or ACTIVE for RMI's lists, STATUS_TABLE for a file with a status column
 * @param fileFormat       RMI_LIST, STATUS_COLUMNS or FILING_TABLE
 * @param sourceLabel      the label its statuses carry
 * @param asOf             the date its statuses are as of (for a table whose rows carry dates: the latest of them)
 * @param rows             data rows read
 * @param added            new status entries (smelter x date)
 * @param updated          entries of the same smelter and date whose status or audit facts changed
 * @param unchanged        entries already known
 * @param unknownSmelters  rows naming a smelter ID the registry does not know (skipped)
 * @param unknownSmelterIds the first 20 of those IDs
 * @param droppedOff       smelters that were on the previous import of the same list and are missing from this one
 *                         (concluded "Dropped off the ... list" on this import's date); 0 for tables
 * @param unmappedStatuses status words not yet mapped to a category (stored; counted as unknown until mapped)
 * @param problems         rows that could not be read, with row number and reason (at most 50)
 */
public record RmapImportResult(long importId, String kind, String fileFormat, String sourceLabel, LocalDate asOf,
                               int rows, int added, int updated, int unchanged, int unknownSmelters,
                               List<String> unknownSmelterIds, int droppedOff, List<String> unmappedStatuses,
                               List<String> problems) {
}

package org.oretrace.registry.application;

import org.oretrace.registry.domain.RmapSourceKind;

import java.time.LocalDate;

/**
 * What the person importing says about a file.
 *
 * @param list        which of RMI's lists it is (CONFORMANT or ACTIVE); null for a file with a status column
 * @param asOf        the date the statuses are as of (the day a list was downloaded); required for a list and for a
 *                    table without a date column
 * @param sourceLabel where the statuses come from, shown wherever they appear; null for the list's or file's name
 */
public record RmapImportRequest(RmapSourceKind list, LocalDate asOf, String sourceLabel) {

    public static final int MAX_LABEL = 500;

    /** A file with a status and a date column, labelled with its file name: the format before RMI's lists. */
    public static RmapImportRequest statusTable() {
        return new RmapImportRequest(null, null, null);
    }
}

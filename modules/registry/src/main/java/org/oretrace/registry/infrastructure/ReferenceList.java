package org.oretrace.registry.infrastructure;

import java.time.LocalDate;
import java.util.List;

/**
 * RMI's smelter reference list as carried by one template.
 *
 * @param template e.g. "CMRT 6.5", "EMRT 2.1"; or the shipped data file's label
 * @param released the template's release date (last date of its Revision sheet); null when it has none
 * @param rows     the look-up rows in sheet order, pseudo-entries included
 */
public record ReferenceList(String template, LocalDate released, List<ReferenceRow> rows) {

    /** Where the list comes from, as shown wherever its data appears: "RMI CMRT 6.5 Smelter Look-up, 2025-04-25". */
    public String source() {
        return "RMI " + template + " Smelter Look-up" + (released == null ? "" : ", " + released);
    }
}

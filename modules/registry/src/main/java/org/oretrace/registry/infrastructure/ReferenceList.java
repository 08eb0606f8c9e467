package org.oretrace.registry.infrastructure;

import java.util.List;

/**
 * RMI's smelter reference list as carried by one template.
 *
 * @param template e.g. "CMRT 6.5", "EMRT 2.1"; or the shipped data file's label
 * @param rows     the look-up rows in sheet order, pseudo-entries included
 */
public record ReferenceList(String template, List<ReferenceRow> rows) {
}

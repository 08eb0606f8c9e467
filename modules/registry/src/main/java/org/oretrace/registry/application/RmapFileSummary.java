package org.oretrace.registry.application;

import java.time.LocalDate;

/**
 * What a file looks like before it is imported, so the imports page can ask the right questions.
 *
 * @param statusColumn true for a table that states each status (no list kind needed)
 * @param dateColumn   true when its rows carry their own dates
 * @param fileDate     the date the file carries, offered as the as-of date: from its title lines, its name, an
 *                     .xlsx's "last modified" property or (tables) its latest row date; null when it carries none
 * @param fileDateFrom where that date was found, for the person to judge it
 */
public record RmapFileSummary(String fileName, String fileFormat, int rows, boolean statusColumn, boolean dateColumn,
                              LocalDate fileDate, String fileDateFrom) implements java.io.Serializable {
}

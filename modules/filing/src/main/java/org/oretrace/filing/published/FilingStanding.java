package org.oretrace.filing.published;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting year's filing as it stands: its current version, draft or final (with when it was finalized), and the
 * date its Form SD is due (May 31 of the following year, kernel's {@code ReportingYear}).
 */
public record FilingStanding(int reportingYear, int version, boolean finalized, Instant finalizedAt, LocalDate dueDate) {
}

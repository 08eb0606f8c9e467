package org.oretrace.kernel;

import java.time.LocalDate;
import java.time.Month;

/** A calendar reporting period of Rule 13p-1; the Form SD for it is due on May 31 of the next year. */
public record ReportingYear(int value) implements Comparable<ReportingYear> {

    public ReportingYear {
        if (value < 2013 || value > 2100) {
            // years come from people (addresses, forms, settings): a refusal they can correct
            throw new BusinessRuleException("Reporting year out of range: " + value);
        }
    }

    /**
     * The year whose Form SD is being prepared on the given day: until May 31 the previous calendar
     * year, from June on the current one (its survey starts the next January).
     */
    public static ReportingYear inProgressOn(LocalDate day) {
        return new ReportingYear(day.isAfter(LocalDate.of(day.getYear(), Month.MAY, 31)) ? day.getYear() : day.getYear() - 1);
    }

    public static ReportingYear of(int value) {
        return new ReportingYear(value);
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, Month.JANUARY, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value, Month.DECEMBER, 31);
    }

    public LocalDate filingDueDate() {
        return LocalDate.of(value + 1, Month.MAY, 31);
    }

    public ReportingYear previous() {
        return new ReportingYear(value - 1);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}

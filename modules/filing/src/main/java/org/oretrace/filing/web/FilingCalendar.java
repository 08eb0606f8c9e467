package org.oretrace.filing.web;

import java.time.LocalDate;
import java.time.Month;

/** Which reporting year a compliance team is working on: until May 31 the previous year's Form SD is due. */
public final class FilingCalendar {

    private FilingCalendar() {
    }

    public static int yearInPreparation(LocalDate today) {
        return today.getMonthValue() <= Month.MAY.getValue() ? today.getYear() - 1 : today.getYear();
    }
}

package org.oretrace.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.time.ApplicationClock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The home page's headline: which reporting year is in progress and how long until its Form SD is due. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    ApplicationClock clock;

    public ReportingYear getYear() {
        return ReportingYear.inProgressOn(clock.today());
    }

    public String getDueDate() {
        return getYear().filingDueDate().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    public long getDaysLeft() {
        return ChronoUnit.DAYS.between(clock.today(), getYear().filingDueDate());
    }

    public LocalDate getToday() {
        return clock.today();
    }
}

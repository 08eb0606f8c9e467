package org.oretrace.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.published.FilingYears;
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

    @Inject
    jakarta.enterprise.inject.Instance<org.oretrace.kernel.web.DailyWork> work;

    /** The filing module's published view of a year's Form SD (absent when filing is not deployed). */
    @Inject
    jakarta.enterprise.inject.Instance<FilingYears> filingYears;

    private java.util.List<org.oretrace.kernel.web.DailyWork.Item> today;

    /** What waits for someone, from every module, most urgent module first; nothing with a zero count. */
    public java.util.List<org.oretrace.kernel.web.DailyWork.Item> getWork() {
        if (today == null) {
            today = work.stream().flatMap(w -> w.today().stream()).filter(i -> i.count() > 0)
                    .sorted(java.util.Comparator.comparingInt(org.oretrace.kernel.web.DailyWork.Item::order)).toList();
        }
        return today;
    }

    public ReportingYear getYear() {
        return ReportingYear.inProgressOn(clock.today());
    }

    public String getDueDate() {
        return getYear().filingDueDate().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    public long getDaysLeft() {
        return ChronoUnit.DAYS.between(clock.today(), getYear().filingDueDate());
    }

    /** "Form SD 2023: version 1, a draft." as filing says it stands; empty without the filing module. */
    public String getFilingState() {
        if (!filingYears.isResolvable()) {
            return "";
        }
        int year = getYear().value();
        return filingYears.get().standing(year)
                .map(f -> "Form SD " + year + ": version " + f.version() + (f.finalized() ? ", final." : ", a draft."))
                .orElse("No Form SD has been started for " + year + " yet.");
    }

    public LocalDate getToday() {
        return clock.today();
    }
}

package org.oretrace.filing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.domain.Filing;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.HomeTile;
import org.oretrace.kernel.web.Show;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The year's Form SD on the home page: draft or final, due date and days left. */
@ApplicationScoped
public class FilingHomeTile implements HomeTile {

    @Inject
    FilingService filings;

    @Inject
    ApplicationClock clock;

    @Override
    public String title() {
        return "Form SD " + ReportingYear.inProgressOn(clock.today()).value();
    }

    /** The signed-in person's formats: the due date in their locale like every date on the screens. */
    @Inject
    Show show;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Figure> figures() {
        LocalDate today = clock.today();
        int year = ReportingYear.inProgressOn(today).value();
        LocalDate due = ReportingYear.of(year).filingDueDate();
        Optional<Filing> filing = filings.current(year);
        String link = "/filing/workspace.xhtml?year=" + year;
        String status = filing.map(f -> (f.isFinal() ? "Final" : "Draft") + " (version " + f.getVersion() + ")")
                .orElse("Not started");
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        return List.of(new Figure("Status", status, link),
                new Figure("Due", show.day(due), link),
                new Figure("Days left", Long.toString(Math.max(daysLeft, 0)), link));
    }
}

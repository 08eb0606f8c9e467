package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.published.FilingStanding;
import org.oretrace.filing.published.FilingYears;
import org.oretrace.kernel.ReportingYear;

import java.util.Optional;

/** Filing's published {@link FilingYears}, read from the year's current version ({@link FilingService#current}). */
@ApplicationScoped
public class PublishedFilingYears implements FilingYears {

    @Inject
    FilingService filings;

    @Override
    public Optional<FilingStanding> standing(int reportingYear) {
        ReportingYear year = ReportingYear.of(reportingYear);
        return filings.current(reportingYear).map((Filing f) -> new FilingStanding(reportingYear, f.getVersion(), f.isFinal(),
                f.getFinalizedAt(), year.filingDueDate()));
    }
}

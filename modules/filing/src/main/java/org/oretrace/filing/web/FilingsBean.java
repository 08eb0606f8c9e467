package org.oretrace.filing.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.domain.Filing;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.Serializable;
import java.util.List;

/** Every year's filing, and starting a new year's. */
@Named
@ViewScoped
public class FilingsBean implements Serializable {

    @Inject
    FilingService filings;

    @Inject
    ApplicationClock clock;

    @Inject
    org.oretrace.kernel.security.CurrentUser currentUser;

    private List<Filing> latest;
    private int newYear;

    public void load() {
        latest = filings.latestPerYear();
        newYear = ReportingYear.inProgressOn(clock.today()).value();
    }

    public String start() {
        return PageMessages.attempt(() -> {
            filings.startYear(newYear);
            return "/filing/workspace.xhtml?faces-redirect=true&year=" + newYear;
        });
    }

    public boolean isCanChange() { return currentUser.canChange(); }
    public List<Filing> getLatest() { return latest; }
    public int getNewYear() { return newYear; }
    public void setNewYear(int newYear) { this.newYear = newYear; }
}

package org.oretrace.filing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.MenuSection;

import java.util.List;

@ApplicationScoped
public class FilingMenu implements MenuSection {

    @Inject
    ApplicationClock clock;

    @Override
    public String title() {
        return "Filing";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Entry> entries() {
        int year = org.oretrace.kernel.ReportingYear.inProgressOn(clock.today()).value();
        return List.of(
                new Entry("Form SD " + year, "/filing/workspace.xhtml?year=" + year, "pi pi-file-edit", Role.VIEWER),
                new Entry("Smelter list " + year, "/filing/smelters.xhtml?year=" + year, "pi pi-list", Role.VIEWER),
                new Entry("All filings", "/filing/filings.xhtml", "pi pi-folder-open", Role.VIEWER),
                new Entry("Years compared", "/filing/years.xhtml", "pi pi-chart-line", Role.VIEWER),
                new Entry("Our CMRT " + year, "/filing/rollup.xhtml?year=" + year, "pi pi-table", Role.VIEWER));
    }
}

package org.oretrace.filing.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.Consolidation;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.filing.domain.SmelterList;
import org.oretrace.filing.domain.UnresolvedName;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.time.ApplicationClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** The consolidated smelter list of a year with the suppliers behind each smelter: where the facts' links lead. */
@Named
@ViewScoped
public class SmelterListBean implements Serializable {

    @Inject
    FilingService filings;

    @Inject
    ApplicationClock clock;

    private int year;
    private String metal;
    private String rmap;
    private String flag;
    private String view;
    private LocalDate asOf;
    private List<ConsolidatedSmelter> smelters = List.of();
    private List<UnresolvedName> unresolved = List.of();
    private long notYetIdentified;

    public void load() {
        ReportingYear y;
        if (year == 0) {
            // opened without a year (a bookmark, the menu): the year in progress, said plainly
            y = ReportingYear.inProgressOn(clock.today());
            year = y.value();
            PageMessages.info("No reporting year was chosen: showing " + year + ", the year in progress. "
                    + "Open another year from Filing.");
        } else {
            try {
                y = ReportingYear.of(year);
            } catch (BusinessRuleException outOfRange) {
                int asked = year;
                y = ReportingYear.inProgressOn(clock.today());
                year = y.value();
                PageMessages.warn("There is no reporting year " + asked + ": showing " + year + ", the year in progress.");
            }
        }
        asOf = filings.current(year).map(Filing::getPeriodEnd).orElse(y.lastDay());
        SmelterList list = new Consolidation(filings.sources()).smelterList(y, asOf, true);
        Predicate<ConsolidatedSmelter> filter = s -> s.metal().isConflictMineral();
        if (metal != null && !metal.isBlank()) {
            Metal m = Metal.fromText(metal).orElse(null);
            filter = filter.and(s -> s.metal() == m);
        }
        if (rmap != null && !rmap.isBlank()) {
            filter = filter.and(s -> s.rmapCategory().name().equalsIgnoreCase(rmap));
        }
        if ("sanctioned".equals(flag)) {
            filter = filter.and(ConsolidatedSmelter::sanctioned);
        } else if ("covered".equals(flag)) {
            filter = filter.and(ConsolidatedSmelter::coveredCountry);
        }
        smelters = list.smelters().stream().filter(filter).toList();
        unresolved = list.unresolved();
        notYetIdentified = list.notYetIdentifiedRows();
    }

    public String getFilterDescription() {
        StringBuilder d = new StringBuilder();
        if (metal != null && !metal.isBlank()) d.append(" metal ").append(metal.toLowerCase());
        if (rmap != null && !rmap.isBlank()) {
            for (RmapCategory c : RmapCategory.values()) {
                if (c.name().equalsIgnoreCase(rmap)) d.append(" RMAP ").append(c.label().toLowerCase());
            }
        }
        if (flag != null && !flag.isBlank()) d.append(" ").append("sanctioned".equals(flag) ? "sanctioned" : "in covered countries");
        return d.isEmpty() ? "all smelters" : "filtered by" + d;
    }

    /** Why the list is empty: the link's filter, or no accepted declaration naming a smelter (column filters: kernel Tables). */
    public String getEmptyMessage() {
        String filter = getFilterDescription();
        return "all smelters".equals(filter)
                ? "No smelters for " + year + ": the list holds the smelters of the accepted declarations of the year; accept declarations (Intake) first."
                : "No smelter is " + filter.substring("filtered by ".length()) + " in " + year + ": choose \u201CShow all\u201D above.";
    }

    /** Names for a cell: all of them up to the limit, else the first ones and how many more. */
    public String join(List<String> names, int limit) {
        if (names.size() <= limit) {
            return String.join("; ", names);
        }
        return String.join("; ", names.subList(0, limit)) + " and " + (names.size() - limit) + " more";
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getMetal() { return metal; }
    public void setMetal(String metal) { this.metal = metal; }
    public String getRmap() { return rmap; }
    public void setRmap(String rmap) { this.rmap = rmap; }
    public String getFlag() { return flag; }
    public void setFlag(String flag) { this.flag = flag; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public LocalDate getAsOf() { return asOf; }
    public List<ConsolidatedSmelter> getSmelters() { return smelters; }
    public List<UnresolvedName> getUnresolved() { return unresolved; }
    public long getNotYetIdentified() { return notYetIdentified; }
}

package org.oretrace.filing.web;

import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.DocumentFactory;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.application.PreflightItem;
import org.oretrace.filing.application.PreflightJson;
import org.oretrace.filing.application.YearData;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Fact;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.NarrativeTemplate;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.ChartConfig;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filing workspace of one reporting year: cover page, facts, text, Annex A, pre-flight and versions. The documents
 * (generation, EDGAR preview and its checker) are {@link WorkspaceDocumentsBean}, on the same page.
 */
@Named
@ViewScoped
public class WorkspaceBean implements Serializable {

    @Inject
    FilingService filings;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationClock clock;

    private int year;
    private Filing filing;
    private List<Filing> versions = List.of();
    private Registrant registrant = new Registrant();
    private final Map<Narrative.Section, String> texts = new EnumMap<>(Narrative.Section.class);
    private final Map<Narrative.Field, String> program = new EnumMap<>(Narrative.Field.class);
    private boolean includeRmapStatus;
    private boolean includeUnresolved;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private FilingFacts facts;
    private AnnexA annexA;
    private Report report;

    private List<PreflightItem> preflight = List.of();
    private String overrideReason;
    private String tab;
    private int activeTab;

    public void load() {
        try {
            ReportingYear.of(year);
        } catch (BusinessRuleException outOfRange) {
            PageMessages.error(outOfRange.getMessage());
            year = ReportingYear.inProgressOn(clock.today()).value();
        }
        versions = filings.versions(year);
        filing = versions.isEmpty() ? null : versions.get(0);
        if (filing != null) {
            registrant = filing.getRegistrant().copy();
            texts.clear();
            texts.putAll(filing.getNarrative().asMap());
            program.clear();
            program.putAll(filing.getNarrative().fields());
            includeRmapStatus = filing.isIncludeRmapStatus();
            includeUnresolved = filing.isIncludeUnresolved();
            periodStart = filing.getPeriodStart();
            periodEnd = filing.getPeriodEnd();
        }
        refreshData();
    }

    private void refreshData() {
        preflight = List.of();
        if (filing == null || filing.isFinal()) {
            facts = filings.facts(year);
            annexA = filings.annexA(year);
        } else {
            YearData data = filings.work().liveData(filing);
            facts = data.facts();
            annexA = DocumentFactory.annexA(filing, data);
            preflight = filings.work().preflight(filing, data, clock.today());
        }
        report = filing == null ? null : Report.compose(filing, facts, annexA,
                filing.isFinal() && filing.getFinalizedAt() != null
                        ? LocalDate.ofInstant(filing.getFinalizedAt(), clock.zone()) : clock.today());
    }

    public String startYear() {
        return PageMessages.attempt(() -> filings.startYear(year)) != null
                ? reload("Draft filing for " + year + " started") : null;
    }

    /** After a change of status the whole page changes: reload it, keeping the message for the next request. */
    private String reload(String message) {
        PageMessages.info(message);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/filing/workspace.xhtml?faces-redirect=true&year=" + year;
    }

    public void saveRegistrant() {
        // the form is drawn again: stay on this tab, where the messages next to its fields are
        setTab("cover");
        if (FieldErrors.at("ws:tabs:name").when("file number", "ws:tabs:fileNo")
                .attempt(() -> filings.saveRegistrant(filing.getId(), registrant)) != null) {
            PageMessages.info("Registrant information saved");
            load();
        }
    }

    public void saveNarrative() {
        // the form is drawn again: stay on this tab, where the messages next to its fields are
        setTab("text");
        Narrative.Section[] sections = getSections();
        Map<Integer, Set<String>> unknownBySection = new java.util.TreeMap<>();
        Set<String> known = filing == null || facts == null ? Set.of() : Report.placeholderValues(filing, facts).keySet();
        for (int i = 0; i < sections.length; i++) {
            Set<String> unknown = new TreeSet<>(NarrativeTemplate.unknownPlaceholders(texts.get(sections[i]), known));
            if (!unknown.isEmpty()) {
                unknownBySection.put(i, unknown);
            }
        }
        boolean saved = FieldErrors.at("ws:tabs:sectionList:0:text").attempt(() -> {
            Narrative n = Narrative.of(texts);
            program.forEach(n::set);
            filings.saveNarrative(filing.getId(), n);
        });
        if (saved) {
            PageMessages.info("Text saved");
            load();
        }
        // next to each section that names a placeholder the report does not know
        unknownBySection.forEach((i, unknown) -> PageMessages.errorAt("ws:tabs:sectionList:" + i + ":text",
                "Unknown placeholders stay as typed: {" + String.join("}, {", unknown) + "}: correct them to one of the"
                        + " list under Placeholders below"));
    }

    public void restoreDefault(Narrative.Section section) {
        texts.put(section, DefaultNarrative.create().get(section));
        PageMessages.info("Default text restored for \"" + section.heading() + "\"; save to keep it");
    }

    public void saveOptions() {
        // the form is drawn again: stay on this tab, where the messages next to its fields are
        setTab("annex");
        if (FieldErrors.at("ws:tabs:periodEnd").attempt(() -> filings.saveOptions(filing.getId(), includeRmapStatus,
                includeUnresolved, periodStart, periodEnd)) != null) {
            PageMessages.info("Options saved");
            load();
        }
    }

    public String finalizeFiling() {
        int version = filing.getVersion();
        return PageMessages.attempt(() -> filings.finalizeFiling(filing.getId())) != null
                ? reload("Version " + version + " finalized: facts, text and documents are frozen") : null;
    }

    /** ADMIN only (enforced by the service): finalizes despite the blocking items, with the reason typed here. */
    public String finalizeWithOverride() {
        int version = filing.getVersion();
        if (overrideReason == null || overrideReason.isBlank()) {
            PageMessages.errorAt("ws:tabs:overrideReason", "Give the reason for finalizing despite the blocking pre-flight"
                    + " items (it is frozen with the version and audited)");
            return null;
        }
        return PageMessages.attempt(() -> filings.finalizeFiling(filing.getId(), overrideReason)) != null
                ? reload("Version " + version + " finalized despite blocking pre-flight items; the reason is recorded") : null;
    }

    /** The tabs in page order, by the names pre-flight links use ({@code ?tab=cover}). */
    private static final List<String> TABS = List.of("cover", "facts", "text", "annex", "preview", "docs");

    public String getTab() { return tab; }
    public void setTab(String tab) {
        this.tab = tab;
        int index = tab == null ? -1 : TABS.indexOf(tab);
        activeTab = Math.max(index, 0);
    }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }

    public List<PreflightItem> getPreflight() {
        return preflight;
    }

    public long getBlockingCount() {
        return preflight.stream().filter(PreflightItem::isBlocking).count();
    }

    public boolean isAdmin() {
        return currentUser.hasRole(org.oretrace.kernel.Role.ADMIN);
    }

    /** The frozen record of an override, for the finalized version's header. */
    public List<PreflightItem> getOverriddenItems() {
        return filing == null ? List.of() : PreflightJson.read(filing.getOverriddenItems());
    }

    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { this.overrideReason = v; }

    public String startNewVersion() {
        return PageMessages.attempt(() -> filings.startNewVersion(year)) != null
                ? reload("A new draft version was started from the final version") : null;
    }

    /** Known placeholders, for the editor's help. */
    public List<String> getPlaceholders() {
        if (filing == null || facts == null) {
            return List.of();
        }
        return new TreeSet<>(Report.placeholderValues(filing, facts).keySet()).stream().toList();
    }

    public Set<String> unknownPlaceholders() {
        Set<String> known = filing == null || facts == null ? Set.of() : Report.placeholderValues(filing, facts).keySet();
        Set<String> unknown = new TreeSet<>();
        texts.values().forEach(t -> unknown.addAll(NarrativeTemplate.unknownPlaceholders(t, known)));
        return unknown;
    }

    /**
     * The warning the workspace shows while a draft has smelters whose RMAP status is unknown on its as-of date (no
     * imported list covers them); null when every status is known or the filing is final.
     */
    public String getRmapUnknownWarning() {
        if (facts == null || filing == null || filing.isFinal() || facts.smeltersRmapUnknown() == 0) {
            return null;
        }
        long unknown = facts.smeltersRmapUnknown();
        return unknown + " of the " + facts.fact(FilingFacts.SMELTERS_IDENTIFIED).map(Fact::value).orElse(0L)
                + " smelters of " + facts.reportingYear() + " have no known RMAP status on " + facts.asOf()
                + ": no imported RMAP list or table covers " + (unknown == 1 ? "it" : "them") + " on that date, so the report"
                + " counts " + (unknown == 1 ? "it" : "them") + " as unknown. Import RMI's Conformant and Active lists"
                + " (Registry, Imports) to know " + (unknown == 1 ? "its status" : "their status") + ".";
    }

    /** RMAP status per metal as a stacked bar chart (Chart.js configuration for p:chart). */
    public String getRmapChart() {
        if (facts == null) {
            return "{}";
        }
        List<Metal> metals = List.of(Metal.GOLD, Metal.TANTALUM, Metal.TIN, Metal.TUNGSTEN);
        ChartConfig chart = ChartConfig.bar().labels(metals.stream().map(Metal::displayName).toList())
                .stacked().countsFromZero().title("Smelters by RMAP status at " + facts.asOf());
        String[] colours = {ChartConfig.CONFORMANT, ChartConfig.ACTIVE, ChartConfig.NOT_CONFORMANT, ChartConfig.UNKNOWN};
        for (RmapCategory c : RmapCategory.values()) {
            chart.dataset(ChartConfig.series(c.label(), colours[c.ordinal()], metals.stream()
                    .map(m -> facts.fact(FilingFacts.perMetal(c.key(), m)).map(Fact::value).orElse(0L)).toList()));
        }
        return chart.toJson();
    }

    public boolean isEditable() {
        return filing != null && !filing.isFinal() && currentUser.canChange();
    }

    public boolean isCanChange() {
        return currentUser.canChange();
    }

    public long getDaysLeft() {
        return ChronoUnit.DAYS.between(clock.today(), ReportingYear.of(year).filingDueDate());
    }

    public LocalDate getDueDate() {
        return ReportingYear.of(year).filingDueDate();
    }

    public boolean isSourcesConnected() {
        return filings.sourcesConnected();
    }

    public Narrative.Section[] getSections() {
        return Narrative.Section.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Filing getFiling() { return filing; }
    public List<Filing> getVersions() { return versions; }
    public Registrant getRegistrant() { return registrant; }
    public Map<Narrative.Section, String> getTexts() { return texts; }
    /** The company's program fields the text names ({policy}, {team}, ...), edited on the Report text tab. */
    public Map<Narrative.Field, String> getProgram() { return program; }
    public Narrative.Field[] getProgramFields() { return Narrative.Field.values(); }
    public boolean isIncludeRmapStatus() { return includeRmapStatus; }
    public void setIncludeRmapStatus(boolean v) { this.includeRmapStatus = v; }
    public boolean isIncludeUnresolved() { return includeUnresolved; }
    public void setIncludeUnresolved(boolean v) { this.includeUnresolved = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { this.periodEnd = v; }
    public FilingFacts getFacts() { return facts; }
    public AnnexA getAnnexA() { return annexA; }
    public Report getReport() { return report; }
}

package org.oretrace.registry.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.reports.SmelterReports;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.RmapStatusService;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.SmelterDirectory;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.application.SmelterSearch;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapStatusEntry;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.ScreenedSubject;
import org.oretrace.registry.domain.ScreeningHit;
import org.oretrace.registry.domain.Smelter;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One smelter: where it is, its names, RMAP status history, sanctions screening decisions and the suppliers that reported it. */
@Named
@ViewScoped
public class SmelterDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SmelterSearch search;

    @Inject
    SmelterDirectory directory;

    @Inject
    RmapStatusService rmap;

    @Inject
    SanctionsService sanctions;

    @Inject
    ApplicationClock clock;

    /** Intake's declarations, when the intake module is deployed (the registry does not depend on it). */
    @Inject
    Instance<SmelterReports> reports;

    private String id;
    private Smelter smelter;
    private SmelterFacts facts;
    private List<RmapStatusEntry> history;
    private List<ScreeningHit> hits;
    private Map<String, RmapStatusTerm> terms;
    /** Rows per page of the Reported by table (smelter.xhtml). */
    static final int PAGE = 25;
    private int declarationCount;
    /** Read with the totals when the page opens, for the table's first load; then dropped. */
    private SmelterReports.ReportPage firstPage;
    private int supplierCount;

    /**
     * The declarations naming the smelter, one page at a time from intake (issue 18: a smelter named by thousands of
     * declarations was held whole in every open view); newest first, with the totals of the whole list.
     */
    private final LazyDataModel<SmelterReports.SmelterReport> reportedBy = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return declarationCount;
        }

        @Override
        public List<SmelterReports.SmelterReport> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                       Map<String, FilterMeta> filterBy) {
            if (smelter == null || !reports.isResolvable()) {
                return List.of();
            }
            SmelterReports.ReportPage page = firstPage != null && first == 0 && pageSize == PAGE ? firstPage
                    : reports.get().page(smelter.getSmelterId(), first, pageSize);
            firstPage = null;
            declarationCount = page.declarations();
            supplierCount = page.suppliers();
            setRowCount(declarationCount);
            return page.reports();
        }

        @Override
        public String getRowKey(SmelterReports.SmelterReport report) {
            return String.valueOf(report.declarationId());
        }

        @Override
        public SmelterReports.SmelterReport getRowData(String rowKey) {
            List<SmelterReports.SmelterReport> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(r -> String.valueOf(r.declarationId()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    };

    /** The page is opened as smelter.xhtml?id=CID000000 (links from the browser, the queues and other modules). */
    @PostConstruct
    void init() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        load();
    }

    public void load() {
        smelter = search.bySmelterId(id).orElse(null);
        if (smelter == null) {
            PageMessages.error("No smelter " + (id == null ? "" : id) + " in the registry");
            return;
        }
        facts = directory.facts(smelter.getSmelterId(), clock.today()).orElse(null);
        history = rmap.history(smelter.getSmelterId());
        hits = sanctions.hitsFor(ScreenedSubject.SMELTER, smelter.getSmelterId());
        terms = rmap.terms();
        if (reports.isResolvable()) {
            // the totals above the table come before the table loads its first page
            firstPage = reports.get().page(smelter.getSmelterId(), 0, PAGE);
            declarationCount = firstPage.declarations();
            supplierCount = firstPage.suppliers();
        }
    }

    /** The status with its date and source, or why it is unknown: never blank, never "not enrolled". */
    public String getRmapText() {
        return facts == null ? "" : facts.rmap().known()
                ? "— " + facts.rmapStatus() + " since " + facts.rmapStatusDate() + ", from " + facts.rmap().source()
                + (facts.rmap().sourceAsOf() == null ? "" : " as of " + facts.rmap().sourceAsOf())
                : "— no imported RMAP status covers " + clock.today() + " (import RMI's lists on Registry → Imports)";
    }

    public RmapCategory category(RmapStatusEntry entry) {
        return rmap.categoryOf(entry.getStatus(), terms);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Smelter getSmelter() {
        return smelter;
    }

    public SmelterFacts getFacts() {
        return facts;
    }

    public List<RmapStatusEntry> getHistory() {
        return history;
    }

    public List<ScreeningHit> getHits() {
        return hits;
    }

    public LazyDataModel<SmelterReports.SmelterReport> getReportedBy() {
        return reportedBy;
    }

    /** Distinct suppliers among the declarations (a supplier sending two CMRTs counts once). */
    public int getSupplierCount() {
        return supplierCount;
    }

    /** How many read declarations name the smelter. */
    public int getDeclarationCount() {
        return declarationCount;
    }

    public boolean isIntakeAvailable() {
        return reports.isResolvable();
    }
}

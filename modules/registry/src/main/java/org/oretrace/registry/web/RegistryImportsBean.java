package org.oretrace.registry.web;

import org.oretrace.kernel.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.registry.application.ReferenceListService;
import org.oretrace.registry.application.RmapFileSummary;
import org.oretrace.registry.application.RmapImportRequest;
import org.oretrace.registry.application.RmapImportResult;
import org.oretrace.registry.application.RmapImports;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.registry.infrastructure.RmapFile;
import org.primefaces.event.FileUploadEvent;
import org.oretrace.registry.application.RmapStatusService;
import org.oretrace.registry.application.SanctionsImportResult;
import org.oretrace.registry.application.SanctionsImports;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ScreeningRun;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.application.SmelterScreenings;
import org.oretrace.registry.domain.ReferenceListImport;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Administration of the registry's reference data: RMI list, RMAP statuses and vocabulary, SDN lists, import logs. */
@Named
@ViewScoped
public class RegistryImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceListService referenceLists;

    @Inject
    RmapStatusService rmap;

    @Inject
    RmapImports rmapImports;

    @Inject
    SanctionsService sanctions;

    @Inject
    SanctionsImports sanctionsImports;

    @Inject
    SmelterScreenings screenings;

    @Inject
    ScreeningRuns runs;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile workbook;
    /** The RMAP file read in step 1 (at most RmapFile.MAX_BYTES), imported in step 2. */
    private byte[] rmapFile;
    private String rmapFileName;
    private RmapFileSummary rmapSummary;
    private RmapSourceKind rmapList;
    private LocalDate rmapAsOf;
    private String rmapSource;
    private List<RmapImport> rmapImportLog;
    private transient UploadedFile sdnCsv;
    private transient UploadedFile altCsv;
    private LocalDate sdnDate;
    private List<ReferenceListImport> imports;
    private List<SanctionsList> lists;
    private List<RmapStatusTerm> vocabulary;
    private final Map<String, RmapCategory> categories = new HashMap<>();
    private String newTerm;
    private RmapCategory newCategory = RmapCategory.IN_PROGRESS;
    /** The screening the last SDN import started, while it runs (the page polls its record). */
    private Long screeningId;
    /** Its record, read again by each poll. */
    private transient Screening screening;
    /** That screening once it ended, shown with its final state. */
    private transient Screening finished;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        imports = referenceLists.imports();
        lists = sanctions.lists();
        vocabulary = rmap.vocabulary();
        rmapImportLog = rmapImports.imports();
        vocabulary.forEach(t -> categories.put(t.getTerm(), t.getCategory()));
    }

    @Allowed(Role.ADMIN)
    public void importWorkbook() {
        if (workbook == null || workbook.getSize() == 0) {
            PageMessages.error("Choose a CMRT or EMRT workbook (.xlsx) first.");
            return;
        }
        ReferenceListImport log = PageMessages.attempt(() -> {
            try (InputStream in = workbook.getInputStream()) {
                return referenceLists.importWorkbook(in, workbook.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (log != null) {
            PageMessages.info("Imported " + log.summary() + ".");
            try {
                Optional<ScreeningRun> run = screenings.rescreen(currentUser.name());
                run.ifPresent(r -> PageMessages.info("Screened again: " + r.hits() + " hit(s), " + r.newHits() + " new, " + r.openHits() + " open."));
            } catch (ScreeningRuns.AlreadyRunning running) {
                PageMessages.warn("Not screened again: " + running.getMessage());
            }
            refresh();
        }
    }

    /** Step 1: the chosen file is read (nothing stored) and the date it carries is offered as the as-of date. */
    @Allowed(Role.ADMIN)
    public void uploadRmap(FileUploadEvent event) {
        rmapFile = null;
        rmapSummary = null;
        RmapFileSummary summary = PageMessages.attempt(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                byte[] bytes = RmapFile.readBounded(in);
                RmapFileSummary s = rmapImports.inspect(bytes, event.getFile().getFileName());
                rmapFile = bytes;
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (summary != null) {
            rmapSummary = summary;
            rmapFileName = summary.fileName();
            rmapAsOf = summary.fileDate();
            rmapList = summary.statusColumn() ? RmapSourceKind.STATUS_TABLE : null;
        }
    }

    /** What the page says about the chosen file before it is imported. */
    public String getRmapFileText() {
        if (rmapSummary == null) {
            return null;
        }
        RmapFileSummary s = rmapSummary;
        return "%s: %d rows, %s. %s".formatted(s.fileName(), s.rows(), s.statusColumn()
                        ? "a table with a status column" + (s.dateColumn() ? " and a date per row" : " (no date column: give the date its statuses are as of)")
                        : "no status column, so one of RMI's lists: say which",
                s.fileDate() == null ? "The file carries no date: give the day it was downloaded."
                        : "Date found in " + s.fileDateFrom() + ": " + s.fileDate() + " (change it if the statuses are as of another day).");
    }

    /** Step 2: imports the file read in step 1 with the list kind, date and source label given. */
    @Allowed(Role.ADMIN)
    public void importRmap() {
        if (rmapFile == null) {
            PageMessages.error("Choose an RMAP list or status table first.");
            return;
        }
        RmapImportRequest request = new RmapImportRequest(rmapList == RmapSourceKind.STATUS_TABLE ? null : rmapList, rmapAsOf,
                rmapSource);
        RmapImportResult result = PageMessages.attempt(() -> {
            try (InputStream in = new ByteArrayInputStream(rmapFile)) {
                return rmapImports.importFile(in, rmapFileName, request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (result != null) {
            PageMessages.info("%s as of %s: %d rows, %d added, %d updated, %d unchanged, %d for smelters not in the registry, %d dropped off."
                    .formatted(result.sourceLabel(), result.asOf(), result.rows(), result.added(), result.updated(), result.unchanged(),
                            result.unknownSmelters(), result.droppedOff()));
            if (!result.unmappedStatuses().isEmpty()) {
                PageMessages.info("Statuses without a category yet (map them below): " + String.join(", ", result.unmappedStatuses()));
            }
            result.problems().forEach(PageMessages::error);
            rmapFile = null;
            rmapSummary = null;
            rmapSource = null;
            refresh();
        }
    }

    public RmapSourceKind[] getRmapKinds() {
        return RmapSourceKind.values();
    }

    public List<RmapImport> getRmapImports() {
        return rmapImportLog;
    }

    public RmapFileSummary getRmapSummary() {
        return rmapSummary;
    }

    public RmapSourceKind getRmapList() {
        return rmapList;
    }

    public void setRmapList(RmapSourceKind rmapList) {
        this.rmapList = rmapList;
    }

    public LocalDate getRmapAsOf() {
        return rmapAsOf;
    }

    public void setRmapAsOf(LocalDate rmapAsOf) {
        this.rmapAsOf = rmapAsOf;
    }

    public String getRmapSource() {
        return rmapSource;
    }

    public void setRmapSource(String rmapSource) {
        this.rmapSource = rmapSource;
    }

    @Allowed(Role.ADMIN)
    public void importSdn() {
        if (sdnCsv == null || sdnCsv.getSize() == 0) {
            PageMessages.error("Choose OFAC's sdn.csv first.");
            return;
        }
        SanctionsImportResult result = PageMessages.attempt(() -> {
            try (InputStream in = sdnCsv.getInputStream();
                 InputStream alt = altCsv == null || altCsv.getSize() == 0 ? null : altCsv.getInputStream()) {
                return sanctionsImports.importList(in, alt, sdnCsv.getFileName(), sdnDate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (result != null) {
            PageMessages.info("SDN list of %s: %d entries (%d entities, %d individuals). Screening all smelters against it; "
                    .formatted(result.listDate(), result.entries(), result.entities(), result.individuals())
                    + "the hits go to the sanctions review queue.");
            screeningId = result.screeningId();
            screening = null;
            finished = null;
            refresh();
        }
    }

    /** Called by the page's poll while the screening an SDN import started runs (on whichever server). */
    public void poll() {
        screening = null;
        Screening s = getScreening();
        if (s == null || s.isRunning()) {
            return;
        }
        screeningId = null;
        finished = s;
        refresh();
    }

    /** What the screening's record says: progress while it runs, the counts or the reason once it ended. */
    public String getScreeningSummary() {
        Screening s = getScreening();
        if (s == null) {
            return null;
        }
        if (s.isRunning()) {
            return "Screening against the list of %s: %d of %d smelters.".formatted(s.getListDate(), s.getDone(), s.getTotal());
        }
        if (s.getState() == ScreeningState.FINISHED) {
            return "Screening finished: %d hit(s), %d new; %d wait for a decision.".formatted(s.getHits(), s.getNewHits(),
                    s.getOpenHits());
        }
        return "Screening " + s.getState().name().toLowerCase(Locale.ROOT) + ": " + s.getMessage();
    }

    /** The screening the last SDN import on this page started, while it runs and after it ended. */
    public Screening getScreening() {
        if (finished != null) {
            return finished;
        }
        if (screening == null && screeningId != null) {
            screening = runs.find(screeningId).orElse(null);
        }
        return screening;
    }

    public boolean isPolling() {
        return screeningId != null;
    }

    public int getProgress() {
        Screening s = getScreening();
        if (s == null) {
            return 0;
        }
        return s.isRunning() ? Math.min(99, s.percent()) : 100;
    }

    @Allowed(Role.ADMIN)
    public void saveCategory(RmapStatusTerm term) {
        RmapCategory category = categories.get(term.getTerm());
        if (PageMessages.attempt(() -> {
            rmap.mapStatus(term.getTerm(), category);
            return Boolean.TRUE;
        }) != null) {
            PageMessages.info("'" + term.getTerm() + "' counts as " + category.label() + ".");
            refresh();
        }
    }

    @Allowed(Role.ADMIN)
    public void addTerm() {
        if (PageMessages.attempt(() -> {
            rmap.mapStatus(newTerm, newCategory);
            return Boolean.TRUE;
        }) != null) {
            PageMessages.info("'" + newTerm + "' counts as " + newCategory.label() + ".");
            newTerm = null;
            refresh();
        }
    }

    public RmapCategory[] getCategoryValues() {
        return RmapCategory.values();
    }

    public UploadedFile getWorkbook() {
        return workbook;
    }

    public void setWorkbook(UploadedFile workbook) {
        this.workbook = workbook;
    }

    public UploadedFile getSdnCsv() {
        return sdnCsv;
    }

    public void setSdnCsv(UploadedFile sdnCsv) {
        this.sdnCsv = sdnCsv;
    }

    public UploadedFile getAltCsv() {
        return altCsv;
    }

    public void setAltCsv(UploadedFile altCsv) {
        this.altCsv = altCsv;
    }

    public LocalDate getSdnDate() {
        return sdnDate;
    }

    public void setSdnDate(LocalDate sdnDate) {
        this.sdnDate = sdnDate;
    }

    public List<ReferenceListImport> getImports() {
        return imports;
    }

    public List<SanctionsList> getLists() {
        return lists;
    }

    public List<RmapStatusTerm> getVocabulary() {
        return vocabulary;
    }

    public Map<String, RmapCategory> getCategories() {
        return categories;
    }

    public String getNewTerm() {
        return newTerm;
    }

    public void setNewTerm(String newTerm) {
        this.newTerm = newTerm;
    }

    public RmapCategory getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(RmapCategory newCategory) {
        this.newCategory = newCategory;
    }
}

package org.oretrace.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import org.oretrace.registry.application.RmapFileSummary;
import org.oretrace.registry.application.RmapImportRequest;
import org.oretrace.registry.application.RmapImportResult;
import org.oretrace.registry.application.RmapImports;
import org.oretrace.registry.application.RmapStatusService;
import org.oretrace.registry.domain.RmapImport;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.registry.domain.RmapStatusTerm;
import org.oretrace.registry.infrastructure.RmapFile;
import org.oretrace.registry.published.RmapCategory;
import org.primefaces.event.FileUploadEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference data, RMAP part: an RMAP list or status table read in two steps (read and check, then import with its
 * date and source), the log of those imports, and RMI's status words with the category each counts as.
 */
@Named
@ViewScoped
public class RmapImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RmapStatusService rmap;

    @Inject
    RmapImports rmapImports;

    /** The RMAP file read in step 1 (at most RmapFile.MAX_BYTES), imported in step 2. */
    private byte[] rmapFile;
    private String rmapFileName;
    private RmapFileSummary rmapSummary;
    private RmapSourceKind rmapList;
    private LocalDate rmapAsOf;
    private String rmapSource;
    private List<RmapImport> rmapImportLog;
    private List<RmapStatusTerm> vocabulary;
    private final Map<String, RmapCategory> categories = new HashMap<>();
    private String newTerm;
    private RmapCategory newCategory = RmapCategory.IN_PROGRESS;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        vocabulary = rmap.vocabulary();
        rmapImportLog = rmapImports.imports();
        vocabulary.forEach(t -> categories.put(t.getTerm(), t.getCategory()));
    }

    /** Step 1: the chosen file is read (nothing stored) and the date it carries is offered as the as-of date. */
    @Allowed(Role.ADMIN)
    public void uploadRmap(FileUploadEvent event) {
        rmapFile = null;
        rmapSummary = null;
        RmapFileSummary summary = FieldErrors.at("rmapUpload:rmapFile").attempt(() -> {
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
            PageMessages.errorAt("rmapUpload:rmapFile", "Choose an RMAP list or status table first (csv or xlsx, as downloaded from RMI).");
            return;
        }
        RmapImportRequest request = new RmapImportRequest(rmapList == RmapSourceKind.STATUS_TABLE ? null : rmapList, rmapAsOf,
                rmapSource);
        RmapImportResult result = FieldErrors.at("rmapForm:rmapList")
                .when("give the date", "rmapForm:rmapAsOf")
                .when("source label", "rmapForm:rmapSource")
                .attempt(() -> {
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
        if (FieldErrors.at("vocabulary:newTerm").attempt(() -> {
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

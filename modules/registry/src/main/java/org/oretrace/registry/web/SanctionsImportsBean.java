package org.oretrace.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import org.oretrace.registry.application.SanctionsImportResult;
import org.oretrace.registry.application.SanctionsImports;
import org.oretrace.registry.application.SanctionsService;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.domain.SanctionsList;
import org.oretrace.registry.domain.Screening;
import org.oretrace.registry.domain.ScreeningState;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reference data, sanctions part: OFAC's SDN files imported, the screening that import starts followed by the page's
 * poll until it ends, and the SDN lists imported so far.
 */
@Named
@ViewScoped
public class SanctionsImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SanctionsService sanctions;

    @Inject
    SanctionsImports sanctionsImports;

    @Inject
    ScreeningRuns runs;

    private transient UploadedFile sdnCsv;
    private transient UploadedFile altCsv;
    private LocalDate sdnDate;
    private List<SanctionsList> lists;
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
        lists = sanctions.lists();
    }

    @Allowed(Role.ADMIN)
    public void importSdn() {
        if (sdnCsv == null || sdnCsv.getSize() == 0) {
            PageMessages.errorAt("sdnForm:sdnCsv", "Choose OFAC's sdn.csv first (download it from OFAC's Sanctions List Service).");
            return;
        }
        SanctionsImportResult result = FieldErrors.at("sdnForm:sdnCsv").when("alt", "sdnForm:altCsv").when("date", "sdnForm:sdnDate").attempt(() -> {
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

    public List<SanctionsList> getLists() {
        return lists;
    }
}

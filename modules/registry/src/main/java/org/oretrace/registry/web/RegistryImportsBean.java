package org.oretrace.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.kernel.Role;
import org.oretrace.kernel.security.Allowed;
import org.oretrace.kernel.security.CurrentUser;
import org.oretrace.kernel.web.FieldErrors;
import org.oretrace.kernel.web.PageMessages;
import org.oretrace.registry.application.ReferenceListService;
import org.oretrace.registry.application.ScreeningRun;
import org.oretrace.registry.application.ScreeningRuns;
import org.oretrace.registry.application.SmelterScreenings;
import org.oretrace.registry.domain.ReferenceListImport;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Reference data, RMI part: the smelter look-up list of a CMRT or EMRT workbook imported (the smelters screened again
 * after it) and the log of those imports. The RMAP part is {@link RmapImportsBean}, the sanctions part
 * {@link SanctionsImportsBean}; the page (registry/admin/imports.xhtml) shows all three.
 */
@Named
@ViewScoped
public class RegistryImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceListService referenceLists;

    @Inject
    SmelterScreenings screenings;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile workbook;
    private List<ReferenceListImport> imports;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        imports = referenceLists.imports();
    }

    @Allowed(Role.ADMIN)
    public void importWorkbook() {
        if (workbook == null || workbook.getSize() == 0) {
            PageMessages.errorAt("referenceForm:workbook", "Choose a CMRT or EMRT workbook (.xlsx) first: RMI's latest template holds the reference list.");
            return;
        }
        ReferenceListImport log = FieldErrors.at("referenceForm:workbook").attempt(() -> {
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

    public UploadedFile getWorkbook() {
        return workbook;
    }

    public void setWorkbook(UploadedFile workbook) {
        this.workbook = workbook;
    }

    public List<ReferenceListImport> getImports() {
        return imports;
    }
}

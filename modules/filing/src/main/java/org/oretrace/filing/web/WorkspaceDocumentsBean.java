package org.oretrace.filing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.DocumentKind;
import org.oretrace.filing.application.FilingGenerations;
import org.oretrace.filing.application.FilingGenerator;
import org.oretrace.filing.application.FilingWork;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingGeneration;
import org.oretrace.filing.domain.GeneratedFile;
import org.oretrace.filing.domain.GenerationState;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.infrastructure.EdgarHtmlRenderer;
import org.oretrace.kernel.web.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The documents of the filing workspace (workspace.xhtml, its Preview and Documents tabs): generated once across nodes
 * (a record in the database, see {@link FilingGenerations}) while the page polls its progress from the database,
 * downloaded, and the EDGAR checker's verdict on the document the preview shows.
 * The filing and its report are the {@link WorkspaceBean}'s of the same view.
 */
@Named
@ViewScoped
public class WorkspaceDocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceBean workspace;

    @Inject
    FilingGenerator generator;

    @Inject
    FilingGenerations generations;

    /** The generation this page shows (running or ended, on any node); null before the first. */
    private Long generationId;
    /** Whether the filing's generations were looked up (once the workspace has loaded its filing). */
    private boolean looked;
    private int progress;
    private boolean running;
    private List<FilingGenerations.FileSummary> generated = List.of();
    private List<EdgarHtmlChecker.Violation> edgarViolations = List.of();
    private transient List<EdgarHtmlChecker.Violation> previewViolations;
    /** The report the preview's verdict was computed for: a save on the page composes a new one. */
    private transient Report previewFor;
    /** The EDGAR document the preview frame shows: what will be filed, the form or its exhibit. */
    private DocumentKind previewDocument = DocumentKind.FORM_SD_HTML;

    /**
     * What the filing's generations show when the page opens: one running on any node (the page then polls it), else
     * the documents of the newest finished one.
     */
    private void showLatest() {
        Filing filing = workspace.getFiling();
        if (looked || filing == null || filing.getId() == null) {
            return;
        }
        looked = true;
        Optional<FilingGeneration> latest = generations.latest(filing.getId());
        latest.ifPresent(this::show);
        if (!running) {
            generations.latestFinished(filing.getId()).ifPresent(g -> {
                generated = generations.files(g.getId());
                edgarViolations = edgarCheck(g.getId());
            });
        }
    }

    /**
     * Starts a generation of every document on any node's background threads, or shows the one already running for
     * this filing (another person, another node); the page polls {@link #getProgress()} from the database.
     */
    public void generate() {
        Filing filing = workspace.getFiling();
        if (filing == null || filing.getId() == null) {
            return;
        }
        FilingGenerations.Claim claim = PageMessages.attempt(() -> generator.start(filing.getId()));
        if (claim == null) {
            return;
        }
        looked = true;
        generationId = claim.generationId();
        running = true;
        progress = 1;
        if (!claim.started()) {
            generations.find(claim.generationId()).ifPresent(g -> {
                show(g);
                PageMessages.info(FilingGenerations.describe(g) + "; this page shows its progress instead of starting another");
            });
        }
    }

    /** When the polled generation ended: its documents and the EDGAR checker's verdict, or why it failed. */
    public void onGenerated() {
        if (generationId == null) {
            return;
        }
        FilingGeneration g = generations.find(generationId).orElse(null);
        if (g == null) {
            return;
        }
        show(g);
        if (g.getState() != GenerationState.FINISHED) {
            PageMessages.error("The documents were not generated: " + (g.getMessage() == null ? g.getState() : g.getMessage()));
            return;
        }
        generated = generations.files(g.getId());
        edgarViolations = edgarCheck(g.getId());
        PageMessages.info("Documents generated" + (edgarViolations.isEmpty() ? "; the EDGAR HTML passes the checker"
                : "; the EDGAR HTML has " + edgarViolations.size() + " problem(s)"));
    }

    private void show(FilingGeneration g) {
        generationId = g.getId();
        running = g.isRunning();
        progress = running ? g.getProgress() : 100;
    }

    private List<EdgarHtmlChecker.Violation> edgarCheck(long generation) {
        return generations.file(generation, DocumentKind.EDGAR_HTML.fileName())
                .map(f -> new EdgarHtmlChecker().check(f.getContent())).orElse(List.of());
    }

    /** The EDGAR documents the preview offers: exactly the files of the submission. */
    public List<DocumentKind> getPreviewDocuments() {
        return List.of(DocumentKind.FORM_SD_HTML, DocumentKind.EXHIBIT_HTML);
    }

    public String getPreviewDocument() {
        return previewDocument.fileName();
    }

    /** Only the submission's EDGAR documents can be chosen; anything else keeps the form. */
    public void setPreviewDocument(String name) {
        DocumentKind chosen = DocumentKind.byFileName(name).filter(getPreviewDocuments()::contains).orElse(DocumentKind.FORM_SD_HTML);
        if (chosen != previewDocument) {
            previewViolations = null;
        }
        previewDocument = chosen;
    }

    /**
     * The checker's verdict (file name and content) on the EDGAR document the preview frame shows: the stored document when
     * final, else the generator's output for the report on this page (the frame's servlet renders the same report the same way).
     */
    public List<EdgarHtmlChecker.Violation> getPreviewViolations() {
        Filing filing = workspace.getFiling();
        Report report = workspace.getReport();
        if (previewViolations == null || previewFor != report) {
            previewFor = report;
            EdgarHtmlRenderer renderer = new EdgarHtmlRenderer();
            byte[] html = filing == null ? null : filing.isFinal()
                    ? filing.document(previewDocument.fileName()).map(d -> d.getContent()).orElse(null)
                    : report == null ? null : previewDocument == DocumentKind.EXHIBIT_HTML ? renderer.renderExhibit(report)
                    : renderer.renderFormSd(report, DocumentKind.EXHIBIT_HTML.fileName());
            previewViolations = html == null ? List.of() : FilingWork.edgarCheck(previewDocument, html);
        }
        return previewViolations;
    }

    /** True while the generation this page shows runs (on any node). */
    public boolean isGenerating() {
        showLatest();
        return running;
    }

    public StreamedContent download(FilingGenerations.FileSummary file) {
        GeneratedFile stored = generations.file(file.id()).orElse(null);
        if (stored == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name(stored.getFileName()).contentType(stored.getContentType())
                .stream(() -> new ByteArrayInputStream(stored.getContent())).build();
    }

    /** The progress of the generation this page shows, fresh from the database on each poll. */
    public int getProgress() {
        showLatest();
        if (running && generationId != null) {
            generations.find(generationId).ifPresent(this::show);
        }
        return progress;
    }

    public List<FilingGenerations.FileSummary> getGenerated() {
        showLatest();
        return generated;
    }

    public List<EdgarHtmlChecker.Violation> getEdgarViolations() {
        return edgarViolations;
    }
}

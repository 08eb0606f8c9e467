package org.oretrace.filing.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.oretrace.filing.application.DocumentKind;
import org.oretrace.filing.application.FilingService;
import org.oretrace.filing.application.FilingWork;
import org.oretrace.filing.application.YearData;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.infrastructure.EdgarHtmlRenderer;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The documents of the filing workspace (workspace.xhtml, its Preview and Documents tabs): generated in the background
 * while the page polls the progress, downloaded, and the EDGAR checker's verdict on the document the preview shows.
 * The filing and its report are the {@link WorkspaceBean}'s of the same view.
 */
@Named
@ViewScoped
public class WorkspaceDocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceBean workspace;

    @Inject
    FilingService filings;

    @Inject
    ApplicationClock clock;

    @Resource
    transient ManagedExecutorService executor;

    private final AtomicInteger progress = new AtomicInteger();
    private transient Future<?> generation;
    private volatile List<FilingWork.GeneratedDocument> generated = List.of();
    private transient volatile RuntimeException generationFailure;
    private List<EdgarHtmlChecker.Violation> edgarViolations = List.of();
    private transient List<EdgarHtmlChecker.Violation> previewViolations;
    /** The report the preview's verdict was computed for: a save on the page composes a new one. */
    private transient Report previewFor;
    /** The EDGAR document the preview frame shows: what will be filed, the form or its exhibit. */
    private DocumentKind previewDocument = DocumentKind.FORM_SD_HTML;

    /** Renders every document in the background; the page polls {@link #getProgress()}. */
    public void generate() {
        if (workspace.getFiling() == null || isGenerating()) {
            return;
        }
        progress.set(1);
        generated = List.of();
        generationFailure = null;
        Filing target = workspace.getFiling();
        FilingWork work = filings.work();
        LocalDate signedOn = clock.today();
        Runnable task = () -> {
            try {
                YearData data = work.liveData(target);
                progress.set(25);
                List<FilingWork.GeneratedDocument> docs = work.generate(target, data, signedOn,
                        p -> progress.set(25 + p * 74 / 100));
                generated = docs;
            } catch (RuntimeException e) {
                generationFailure = e;
            } finally {
                progress.set(100);
            }
        };
        generation = executor != null ? executor.submit(task) : null;
        if (generation == null) {
            task.run();
        }
    }

    public void onGenerated() {
        if (generationFailure != null) {
            PageMessages.failed(generationFailure);
            return;
        }
        edgarViolations = generated.stream().filter(d -> d.kind() == DocumentKind.EDGAR_HTML).findFirst()
                .map(d -> new EdgarHtmlChecker().check(d.content())).orElse(List.of());
        PageMessages.info("Documents generated" + (edgarViolations.isEmpty() ? "; the EDGAR HTML passes the checker"
                : "; the EDGAR HTML has " + edgarViolations.size() + " problem(s)"));
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

    public boolean isGenerating() {
        return progress.get() > 0 && progress.get() < 100;
    }

    public StreamedContent download(FilingWork.GeneratedDocument doc) {
        return DefaultStreamedContent.builder().name(doc.kind().fileName()).contentType(doc.kind().contentType())
                .stream(() -> new ByteArrayInputStream(doc.content())).build();
    }

    public int getProgress() {
        return progress.get();
    }

    public List<FilingWork.GeneratedDocument> getGenerated() {
        return generated;
    }

    public List<EdgarHtmlChecker.Violation> getEdgarViolations() {
        return edgarViolations;
    }
}

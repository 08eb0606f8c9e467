package org.oretrace.filing.application;

import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.AnnexExport;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.domain.SmelterList;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.infrastructure.SubmissionPackage;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.ReportingYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * What the workspace does with a filing, free of the container (the service adds transactions, roles and
 * the audit trail): render, finalize, and answer with frozen values once a filing is final.
 */
public class FilingWork {

    private final FilingSources sources;

    public FilingWork(FilingSources sources) {
        this.sources = sources;
    }

    public record GeneratedDocument(DocumentKind kind, byte[] content, String sha256) implements java.io.Serializable {
        /** Bytes, for screens (EL cannot read an array's length). */
        public int size() {
            return content.length;
        }
    }

    /** The year's data as a draft sees it now, with RMAP statuses at the end of the filing's period. */
    public YearData liveData(Filing filing) {
        return new Consolidation(sources).of(filing.getReportingYear(), filing.getPeriodEnd());
    }

    public List<GeneratedDocument> generate(Filing filing, YearData data, LocalDate signedOn, IntConsumer progress) {
        DocumentFactory factory = new DocumentFactory(sources);
        List<GeneratedDocument> docs = new ArrayList<>();
        int step = 0;
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] bytes = factory.render(kind, filing, data, signedOn);
            docs.add(new GeneratedDocument(kind, bytes, FilingDocument.sha256(bytes)));
            progress.accept(++step * 100 / DocumentKind.values().length);
        }
        return docs;
    }

    /** The pre-flight of a draft, computed from one rendering of the year's data (empty for a final version). */
    public List<PreflightItem> preflight(Filing filing, LocalDate signedOn) {
        if (filing.isFinal()) {
            return List.of();
        }
        return preflight(filing, liveData(filing), signedOn);
    }

    /** The pre-flight on data already computed (the workspace computes it once per page). */
    public List<PreflightItem> preflight(Filing filing, YearData data, LocalDate signedOn) {
        if (filing.isFinal()) {
            return List.of();
        }
        DocumentFactory factory = new DocumentFactory(sources);
        List<EdgarHtmlChecker.Violation> violations = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.isEdgarHtml()) {
                violations.addAll(edgarCheck(kind, factory.render(kind, filing, data, signedOn)));
            }
        }
        return Preflight.check(filing, data, sources.openWork(filing.getReportingYear()), violations);
    }

    /** The checker's verdict on one EDGAR document: its name and its content, each violation prefixed with the name. */
    public static List<EdgarHtmlChecker.Violation> edgarCheck(DocumentKind kind, byte[] html) {
        EdgarHtmlChecker checker = new EdgarHtmlChecker();
        List<EdgarHtmlChecker.Violation> violations = new ArrayList<>(checker.checkFileName(kind.fileName()));
        violations.addAll(checker.check(html));
        return violations.stream().map(v -> new EdgarHtmlChecker.Violation(v.line(), v.column(), v.rule(),
                kind.fileName() + ": " + v.message())).toList();
    }

    /** What a finalization produced: the frozen documents and the blocking items an ADMIN overrode (empty when none). */
    public record Finalized(List<GeneratedDocument> documents, List<PreflightItem> overridden) {
    }

    /**
     * Freezes the draft: renders every document from one computation of the data, runs the pre-flight on exactly that
     * data and HTML, and stores facts, Annex A and documents (with their SHA-256) in the filing. Blocking items refuse
     * ({@link FinalizeBlockedException}) unless {@code overrideReason} is given (the caller checks it is an ADMIN's);
     * a failing EDGAR check and an incomplete cover page are never overridden: EDGAR would not accept the filing.
     */
    public Finalized finalizeFiling(Filing filing, Instant now, LocalDate signedOn, String user, String overrideReason) {
        if (filing.isFinal()) {
            throw new BusinessRuleException("Version " + filing.getVersion() + " of " + filing.getYear() + " is already final");
        }
        if (!sources.connected()) {
            throw new BusinessRuleException("Supplier and smelter data are not connected: a filing without data cannot be finalized");
        }
        YearData data = liveData(filing);
        List<GeneratedDocument> docs = generate(filing, data, signedOn, p -> { });
        List<EdgarHtmlChecker.Violation> violations = new ArrayList<>();
        docs.stream().filter(d -> d.kind().isEdgarHtml()).forEach(d -> violations.addAll(edgarCheck(d.kind(), d.content())));
        List<PreflightItem> blocking = Preflight.blocking(
                Preflight.check(filing, data, sources.openWork(filing.getReportingYear()), violations));
        if (!blocking.isEmpty() && overrideReason == null) {
            throw new FinalizeBlockedException(blocking);
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleException("The EDGAR HTML fails the checker: " + violations.get(0)
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        String snapshot = FilingSnapshot.of(data.facts(), DocumentFactory.annexA(filing, data)).toJson();
        filing.finalizeWith(snapshot, docs.stream().map(d -> new FilingDocument(d.kind().fileName(), d.kind().contentType(),
                d.content(), now)).toList(), now, user, blocking.isEmpty() ? null : overrideReason,
                blocking.isEmpty() ? null : PreflightJson.write(blocking));
        return new Finalized(docs, blocking);
    }

    /** A document of a filing: the frozen bytes when final, freshly rendered when a draft. */
    public GeneratedDocument document(Filing filing, DocumentKind kind, LocalDate signedOn) {
        if (filing.isFinal()) {
            // versions finalized before a document kind existed do not hold it; they are never re-rendered
            FilingDocument d = filing.document(kind.fileName()).orElseThrow(() -> new BusinessRuleException(
                    "Version " + filing.getVersion() + " of " + filing.getYear() + " was finalized without " + kind.fileName()
                            + "; start a new version to produce it"));
            return new GeneratedDocument(kind, d.getContent(), d.getSha256());
        }
        byte[] bytes = new DocumentFactory(sources).render(kind, filing, liveData(filing), signedOn);
        return new GeneratedDocument(kind, bytes, FilingDocument.sha256(bytes));
    }

    /**
     * The submission set of a filing as a zip with a SHA-256 manifest: the stored documents when final, else rendered
     * from one computation of the data.
     */
    public byte[] submission(Filing filing, LocalDate signedOn) {
        List<SubmissionPackage.Entry> entries = new ArrayList<>();
        YearData data = filing.isFinal() ? null : liveData(filing);
        DocumentFactory factory = new DocumentFactory(sources);
        for (DocumentKind kind : DocumentKind.values()) {
            if (!kind.isSubmitted()) {
                continue;
            }
            GeneratedDocument d;
            if (filing.isFinal()) {
                d = document(filing, kind, signedOn);
            } else {
                byte[] bytes = factory.render(kind, filing, data, signedOn);
                d = new GeneratedDocument(kind, bytes, FilingDocument.sha256(bytes));
            }
            entries.add(new SubmissionPackage.Entry(kind.fileName(), d.content(), d.sha256()));
        }
        return SubmissionPackage.zip(entries);
    }

    /** The facts the year's filing states: frozen when final, computed otherwise (also before any filing exists). */
    public FilingFacts facts(int year, Optional<Filing> filing) {
        if (filing.isPresent() && filing.get().isFinal()) {
            return FilingSnapshot.fromJson(filing.get().getFactsJson()).facts();
        }
        ReportingYear y = ReportingYear.of(year);
        LocalDate asOf = filing.map(Filing::getPeriodEnd).orElse(y.lastDay());
        Consolidation c = new Consolidation(sources);
        return c.facts(y, asOf, c.smelterList(y, asOf, false));
    }

    /**
     * Annex A as the CSV and Excel exports lay it out: the report's as-of line, options and footnotes (for a final version
     * from its frozen facts and Annex A and its signing date); without a filing the default options and no as-of line.
     */
    public AnnexExport annexExport(int year, Optional<Filing> filing, LocalDate signedOn) {
        AnnexA annex = annexA(year, filing);
        if (filing.isEmpty()) {
            return AnnexExport.of(annex, null, List.of());
        }
        return AnnexExport.of(Report.compose(filing.get(), facts(year, filing), annex, signedOn));
    }

    /** Annex A as the year's filing states it (default options when there is no filing yet). */
    public AnnexA annexA(int year, Optional<Filing> filing) {
        if (filing.isPresent() && filing.get().isFinal()) {
            return FilingSnapshot.fromJson(filing.get().getFactsJson()).annex();
        }
        ReportingYear y = ReportingYear.of(year);
        LocalDate asOf = filing.map(Filing::getPeriodEnd).orElse(y.lastDay());
        SmelterList list = new Consolidation(sources).smelterList(y, asOf, false);
        return AnnexA.of(list, filing.map(Filing::isIncludeRmapStatus).orElse(false),
                filing.map(Filing::isIncludeUnresolved).orElse(false));
    }
}

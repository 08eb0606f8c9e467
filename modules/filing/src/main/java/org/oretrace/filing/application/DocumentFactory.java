package org.oretrace.filing.application;

import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.AnnexExport;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.infrastructure.EdgarHtmlRenderer;
import org.oretrace.filing.infrastructure.PdfRenderer;
import org.oretrace.filing.infrastructure.WorkingFilesWriter;
import org.oretrace.kernel.ReportingYear;

import java.time.LocalDate;

/** Renders a filing's documents from its text and the year's data. Plain Java: used by the service and the benchmark. */
public class DocumentFactory {

    private final FilingSources sources;
    private final PdfRenderer pdf = new PdfRenderer();
    private final EdgarHtmlRenderer html = new EdgarHtmlRenderer();
    private final WorkingFilesWriter excel = new WorkingFilesWriter();

    public DocumentFactory(FilingSources sources) {
        this.sources = sources;
    }

    public static AnnexA annexA(Filing filing, YearData data) {
        return AnnexA.of(data.smelters(), filing.isIncludeRmapStatus(), filing.isIncludeUnresolved());
    }

    public static Report report(Filing filing, YearData data, LocalDate signedOn) {
        return Report.compose(filing, data.facts(), annexA(filing, data), signedOn);
    }

    public byte[] render(DocumentKind kind, Filing filing, YearData data, LocalDate signedOn) {
        return switch (kind) {
            case PDF -> pdf.renderFormSd(report(filing, data, signedOn), DocumentKind.EXHIBIT_PDF.fileName());
            case EXHIBIT_PDF -> pdf.renderExhibit(report(filing, data, signedOn));
            case EDGAR_HTML -> html.render(report(filing, data, signedOn));
            case FORM_SD_HTML -> html.renderFormSd(report(filing, data, signedOn), DocumentKind.EXHIBIT_HTML.fileName());
            case EXHIBIT_HTML -> html.renderExhibit(report(filing, data, signedOn));
            case WORKING_FILE -> {
                ReportingYear year = filing.getReportingYear();
                yield excel.write(AnnexExport.of(report(filing, data, signedOn)), data.smelters(), sources.supplierStatuses(year), sources.findings(year));
            }
        };
    }
}

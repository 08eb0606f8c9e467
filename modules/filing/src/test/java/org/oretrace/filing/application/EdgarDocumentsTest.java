package org.oretrace.filing.application;

import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingDocument;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.infrastructure.SubmissionPackage;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.ReportingYear;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Form SD and Exhibit 1.01 as separate EDGAR documents, cross-referenced, each passing the checker; the zipped set. */
class EdgarDocumentsTest {

    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");

    private final TemplateYear year = TemplateYear.standard();
    private final FilingWork work = new FilingWork(year);
    private final Filing filing = Filing.start(ReportingYear.of(2023), Narratives.filledIn(), Registrants.allison(), NOW, "alice");

    private String render(DocumentKind kind) {
        return new String(work.document(filing, kind, LocalDate.of(2024, 5, 28)).content(), StandardCharsets.US_ASCII);
    }

    @Test
    void formSdAndExhibitAreSeparateDocumentsThatEachPassTheChecker() {
        String form = render(DocumentKind.FORM_SD_HTML);
        String exhibit = render(DocumentKind.EXHIBIT_HTML);
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.FORM_SD_HTML, DocumentKind.EXHIBIT_HTML}) {
            assertThat(kind.fileName().length()).isLessThanOrEqualTo(32);
            assertThat(FilingWork.edgarCheck(kind, render(kind).getBytes(StandardCharsets.US_ASCII))).as(kind.fileName()).isEmpty();
        }
        // the form: cover, items and signature, its exhibit index linking the exhibit by its file name; no report text
        assertThat(form).contains("FORM SD").contains("Item 1.01").contains("SIGNATURES").contains("EXHIBIT INDEX")
                .contains("<a href=\"ex1-01.htm\">").doesNotContain("ANNEX A").doesNotContain("Reasonable Country of Origin Inquiry");
        // the exhibit: the report and Annex A; no cover page
        assertThat(exhibit).contains("Exhibit 1.01").contains("Reasonable Country of Origin Inquiry").contains("ANNEX A")
                .doesNotContain("FORM SD").doesNotContain("SIGNATURES");
        assertThat(exhibit).contains("<table").contains("<th align=\"left\">Smelter Name</th>");

        // a link outside the submission would fail the checker
        String broken = form.replace("ex1-01.htm\">", "http://example.com/ex1-01.htm\">");
        assertThat(FilingWork.edgarCheck(DocumentKind.FORM_SD_HTML, broken.getBytes(StandardCharsets.US_ASCII)))
                .extracting(EdgarHtmlChecker.Violation::rule).contains("external-reference");
    }

    @Test
    void theSubmissionZipHoldsTheSetWithAManifestOfSha256Sums() throws IOException {
        byte[] zip = work.submission(filing, LocalDate.of(2024, 5, 28));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("form-sd.pdf", "ex1-01.pdf", "form-sd.htm", "ex1-01.htm",
                SubmissionPackage.MANIFEST);
        String manifest = new String(entries.get(SubmissionPackage.MANIFEST), StandardCharsets.US_ASCII);
        for (String name : new String[] {"form-sd.pdf", "ex1-01.pdf", "form-sd.htm", "ex1-01.htm"}) {
            assertThat(manifest).contains(FilingDocument.sha256(entries.get(name)) + "  " + name + "\n");
        }
        assertThat(manifest.lines()).hasSize(4);
    }
}

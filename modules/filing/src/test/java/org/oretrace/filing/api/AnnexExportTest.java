package org.oretrace.filing.api;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.application.DocumentKind;
import org.oretrace.filing.application.FilingWork;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.AnnexExport;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.infrastructure.WorkingFilesWriter;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.ReportingYear;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV and Excel exports of Annex A follow the report's options (RMAP status column, unresolved names listed
 * separately), carry its as-of line and its footnote markers; and the PDF pair: Form SD naming Exhibit 1.01, the exhibit
 * holding the report. On a year of RMI's real smelter list with a sanctioned and a covered-country smelter.
 */
class AnnexExportTest {

    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2024, 5, 28);

    private final TemplateYear year = TemplateYear.standard();
    private final FilingWork work = new FilingWork(year);
    private final Filing filing = Filing.start(ReportingYear.of(2023), Narratives.filledIn(), Registrants.allison(), NOW, "alice");

    private AnnexExport export() {
        return work.annexExport(2023, Optional.of(filing), SIGNED);
    }

    @Test
    void csvWithTheOptionsOff() {
        filing.changeOptions(false, false, NOW);
        AnnexA annex = work.annexA(2023, Optional.of(filing));
        List<String> lines = List.of(AnnexCsv.write(export()).split("\r\n", -1));

        assertThat(lines.get(0)).isEqualTo("\"Smelters and refiners reported by our suppliers that may have processed the "
                + "necessary conflict minerals in our products (" + annex.size() + "). Data gathered from in-scope suppliers "
                + "as of May 28, 2024.\"");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).isEqualTo("metal,smelterId,name,country,sanctioned,coveredCountry,supplierCount,footnotes");
        List<String> rows = lines.subList(3, 3 + annex.size());
        assertThat(rows).allMatch(r -> !r.isEmpty());
        assertThat(lines.get(3 + annex.size())).as("a blank line before the footnotes").isEmpty();
        assertThat(String.join("\n", lines)).doesNotContain("rmapStatus").doesNotContain(AnnexExport.UNRESOLVED_HEADING);

        // the sanctioned smelter carries (1), the covered-country smelter (2), each explained under the table
        String sanctioned = year.sanctionedIds.iterator().next();
        assertThat(rows).filteredOn(r -> r.contains("," + sanctioned + ",")).singleElement()
                .satisfies(r -> assertThat(r).contains(",true,").endsWith("(1)"));
        assertThat(rows).filteredOn(r -> r.endsWith("(2)") || r.endsWith("(1) (2)")).isNotEmpty()
                .allMatch(r -> r.matches(".*,(true|false),true,\\d+,.*"));
        assertThat(rows).filteredOn(r -> r.endsWith(",")).allMatch(r -> r.contains(",false,false,"));
        List<String> tail = lines.subList(4 + annex.size(), lines.size());
        assertThat(tail).anyMatch(l -> l.startsWith("\"(1) Subject to sanctions")).anyMatch(l -> l.startsWith("(2) Located in a Covered Country"));
    }

    @Test
    void csvWithTheOptionsOn() {
        filing.changeOptions(true, true, NOW);
        AnnexA annex = work.annexA(2023, Optional.of(filing));
        long unresolved = annex.rows().stream().filter(AnnexA.Row::unresolved).count();
        assertThat(unresolved).isEqualTo(2);
        List<String> lines = List.of(AnnexCsv.write(export()).split("\r\n", -1));

        assertThat(lines.get(0)).endsWith("RMAP status as of December 31, 2023. Names reported by suppliers that could not be "
                + "matched to a smelter identification number (2) are listed separately after the table.\"");
        assertThat(lines.get(2)).isEqualTo("metal,smelterId,name,country,rmapStatus,sanctioned,coveredCountry,supplierCount,footnotes");
        int resolved = (int) (annex.size() - unresolved);
        // every resolved row has an ID; then a blank line, the heading and the two unresolved names, marked *
        assertThat(lines.subList(3, 3 + resolved)).allMatch(r -> r.split(",")[1].matches("[A-Z]{2,3}\\d+"));
        assertThat(lines.get(3 + resolved)).isEmpty();
        assertThat(lines.get(4 + resolved)).isEqualTo(AnnexExport.UNRESOLVED_HEADING);
        List<String> names = lines.subList(5 + resolved, 5 + resolved + 2);
        assertThat(names).allMatch(r -> r.split(",", -1)[1].isEmpty()).allMatch(r -> r.endsWith(",*"));
        assertThat(names).anyMatch(r -> r.contains("Fict"));
        // the RMAP status column holds each smelter's status or Unknown, never a blank for an identified smelter
        assertThat(lines.subList(3, 3 + resolved)).allMatch(r -> !r.split(",", -1)[4].isBlank());
    }

    @Test
    void excelAnnexSheetFollowsTheSameOptions() throws IOException {
        for (boolean on : new boolean[] {false, true}) {
            filing.changeOptions(on, on, NOW);
            AnnexA annex = work.annexA(2023, Optional.of(filing));
            byte[] xlsx = work.document(filing, DocumentKind.WORKING_FILE, SIGNED).content();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheetIndex(WorkingFilesWriter.ANNEX_A)).isZero();
                Sheet s = wb.getSheet(WorkingFilesWriter.ANNEX_A);
                List<List<String>> rows = cells(s);
                assertThat(rows.get(0).get(0)).startsWith("Smelters and refiners reported")
                        .contains("Data gathered from in-scope suppliers as of May 28, 2024")
                        .contains(on ? "RMAP status as of December 31, 2023" : "2024.");
                assertThat(rows.get(2)).containsExactlyElementsOf(on
                        ? List.of("Metal", "Smelter ID", "Smelter name", "Smelter country", "RMAP status", "Sanctioned",
                                "Covered country", "Suppliers reporting", "Footnotes")
                        : List.of("Metal", "Smelter ID", "Smelter name", "Smelter country", "Sanctioned",
                                "Covered country", "Suppliers reporting", "Footnotes"));
                long unresolved = annex.rows().stream().filter(AnnexA.Row::unresolved).count();
                int resolved = (int) (annex.size() - unresolved);
                List<List<String>> table = rows.subList(3, 3 + resolved);
                assertThat(table).allMatch(r -> !r.get(1).isEmpty());
                String sanctioned = year.sanctionedIds.iterator().next();
                assertThat(table).filteredOn(r -> r.get(1).equals(sanctioned)).singleElement()
                        .satisfies(r -> assertThat(r.get(r.size() - 1)).contains("(1)"));
                String all = rows.stream().map(r -> String.join("|", r)).reduce("", (a, b) -> a + "\n" + b);
                assertThat(all).contains("(1) Subject to sanctions").contains("(2) Located in a Covered Country");
                assertThat(all.contains(AnnexExport.UNRESOLVED_HEADING)).isEqualTo(on);
                assertThat(all.contains("|*")).isEqualTo(on);
                // the working sheets stay complete either way
                assertThat(wb.getSheet(WorkingFilesWriter.SMELTERS).getLastRowNum()).isEqualTo(resolved);
            }
        }
    }

    @Test
    void pdfPairFormSdNamesTheExhibitWhichHoldsTheReport() throws IOException {
        String form = pdfText(work.document(filing, DocumentKind.PDF, SIGNED).content());
        String exhibit = pdfText(work.document(filing, DocumentKind.EXHIBIT_PDF, SIGNED).content());
        assertThat(DocumentKind.EXHIBIT_PDF.fileName()).hasSizeLessThanOrEqualTo(32);
        assertThat(form).contains("FORM SD").contains("SIGNATURES").contains("EXHIBIT INDEX").contains("1.01")
                .contains("Conflict Minerals Report as required by Items 1.01 and 1.02").contains("ex1-01.pdf")
                .doesNotContain("Reasonable Country of Origin Inquiry").doesNotContain("Annex A");
        assertThat(exhibit).contains("Exhibit 1.01").contains("Reasonable Country of Origin Inquiry").contains("Annex A")
                .contains("Data gathered from in-scope suppliers as of May 28, 2024").doesNotContain("SIGNATURES");
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    private static List<List<String>> cells(Sheet s) {
        DataFormatter f = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            List<String> cells = new ArrayList<>();
            if (r != null) {
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}

package org.oretrace.filing.application;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.ConsolidatedSmelter;
import org.oretrace.filing.domain.DefaultNarrative;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Registrant;
import org.oretrace.filing.domain.Report;
import org.oretrace.kernel.names.CompanyName;
import org.oretrace.filing.domain.UnresolvedName;
import org.oretrace.filing.infrastructure.EdgarHtmlChecker;
import org.oretrace.filing.infrastructure.WorkingFilesWriter;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The year: 77 suppliers solicited, 58 accepted declarations built from RMI's real smelter list. */
class TemplateYearFilingTest {

    static final ReportingYear YEAR = ReportingYear.of(2023);
    static TemplateYear year;
    static YearData data;
    static Filing filing;
    static DocumentFactory documents;

    @BeforeAll
    static void buildYear() {
        year = TemplateYear.standard();
        data = new Consolidation(year).of(YEAR, YEAR.lastDay());
        filing = Filing.start(YEAR, DefaultNarrative.create(), null, Instant.parse("2024-04-01T08:00:00Z"), "alice");
        Registrant r = org.oretrace.filing.testing.Registrants.allison();
        filing.changeRegistrant(r, Instant.parse("2024-04-01T08:00:00Z"));
        filing.changeOptions(true, true, Instant.parse("2024-04-01T08:00:00Z"));
        documents = new DocumentFactory(year);
    }

    /** The smelter IDs the suppliers' rows resolve to, computed from the rows themselves. */
    static Set<String> resolvedIds() {
        return year.declarations.stream().flatMap(d -> d.rows().stream()).map(year::resolve)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void factsState77SolicitedAnd75PercentResponded() {
        FilingFacts facts = data.facts();
        assertThat(facts.value(FilingFacts.SUPPLIERS_SOLICITED)).isEqualTo(77);
        assertThat(facts.value(FilingFacts.SUPPLIERS_RESPONDED)).isEqualTo(58);
        assertThat(facts.value(FilingFacts.RESPONSE_RATE_PERCENT)).isEqualTo(75);
        assertThat(facts.value(FilingFacts.DECLARATIONS_ACCEPTED)).isEqualTo(58);
        long product = year.declarations.stream().filter(d -> d.scope() == org.oretrace.filing.domain.DeclarationScope.PRODUCT).count();
        assertThat(facts.value(FilingFacts.DECLARATIONS_PRODUCT)).isEqualTo(product).isPositive();
        assertThat(facts.value(FilingFacts.DECLARATIONS_COMPANY) + facts.value(FilingFacts.DECLARATIONS_PRODUCT)
                + facts.value(FilingFacts.DECLARATIONS_USER_DEFINED)).isEqualTo(58);
        assertThat(facts.value(FilingFacts.SMELTERS_IDENTIFIED)).isEqualTo(resolvedIds().size());
        assertThat(facts.value(FilingFacts.SMELTERS_SANCTIONED)).isEqualTo(1);
        assertThat(facts.sanctionedSmelters()).containsExactly(year.byId.get(year.sanctionedIds.iterator().next()).standardName());
        assertThat(facts.value(FilingFacts.SMELTERS_COVERED)).isEqualTo(resolvedIds().stream()
                .filter(id -> TemplateYear.COVERED.contains(year.byId.get(id).country().toUpperCase())).count()).isPositive();
        for (Metal metal : List.of(Metal.GOLD, Metal.TIN, Metal.TANTALUM, Metal.TUNGSTEN)) {
            long expected = resolvedIds().stream().filter(id -> year.byId.get(id).metal() == metal).count();
            assertThat(facts.value(FilingFacts.perMetal("smelters", metal))).as(metal.name()).isEqualTo(expected);
            long conformant = resolvedIds().stream().filter(id -> year.byId.get(id).metal() == metal
                    && year.rmapCategory(id) == org.oretrace.filing.domain.RmapCategory.CONFORMANT).count();
            assertThat(facts.value(FilingFacts.perMetal("conformant", metal))).isEqualTo(conformant);
        }
        long q3 = year.declarations.stream().filter(d -> !d.q3Yes().isEmpty()).count();
        assertThat(facts.value(FilingFacts.SUPPLIERS_COVERED_SOURCING)).isEqualTo(q3).isPositive();
        assertThat(facts.value(FilingFacts.NOT_YET_IDENTIFIED)).isEqualTo(6);
        assertThat(facts.fact(FilingFacts.SUPPLIERS_SOLICITED).orElseThrow().link()).contains("/outreach/");
        assertThat(facts.fact(FilingFacts.SMELTERS_SANCTIONED).orElseThrow().link()).contains("flag=sanctioned");
    }

    @Test
    void generatedTextStatesTheComputedFigures() {
        Report report = DocumentFactory.report(filing, data, LocalDate.of(2024, 5, 31));
        String exhibit = report.exhibit().stream().map(Report.Block::text).collect(Collectors.joining("\n"));
        assertThat(exhibit).contains("We identified approximately 77 suppliers")
                .contains("responses from approximately 75% of the suppliers solicited (58 suppliers)")
                .contains("we believe that the " + resolvedIds().size() + " smelters and refiners listed in Annex A")
                .doesNotContain("{");
        assertThat(report.items().stream().map(Report.Block::text).collect(Collectors.joining("\n")))
                .contains("It solicited 77 suppliers and received responses from 75% of them");
    }

    @Test
    void annexAListsASmelterReportedUnderThreeSpellingsOnce() {
        assertThat(new TreeSet<>(year.threeSpellings.stream().map(CompanyName::folded).toList())).hasSize(3);
        AnnexA annex = AnnexA.of(data.smelters(), false, false);
        assertThat(annex.rows()).filteredOn(r -> year.threeSpellingsId.equals(r.smelterId())).hasSize(1)
                .first().satisfies(r -> {
                    assertThat(r.name()).isEqualTo(year.byId.get(year.threeSpellingsId).standardName());
                    assertThat(r.supplierCount()).isEqualTo(3);
                });
        assertThat(annex.rows()).extracting(AnnexA.Row::smelterId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(resolvedIds());
        List<String> keys = annex.rows().stream().map(r -> r.metal().displayName() + "|" + r.country().toUpperCase() + "|" + r.name().toUpperCase()).toList();
        assertThat(keys).isSortedAccordingTo(String::compareTo);
        ConsolidatedSmelter three = data.smelters().smelters().stream()
                .filter(s -> s.smelterId().equals(year.threeSpellingsId)).findFirst().orElseThrow();
        assertThat(three.suppliers()).containsExactly(year.suppliers.get(0), year.suppliers.get(1), year.suppliers.get(2));
    }

    @Test
    void unresolvedNamesAreGroupedAndNotYetIdentifiedRowsOnlyCounted() {
        List<UnresolvedName> unresolved = data.smelters().unresolved();
        assertThat(unresolved).extracting(UnresolvedName::normalizedName)
                .containsExactlyInAnyOrder("mineracao ficticia sa", "unheard of refinery ltd");
        UnresolvedName ficticia = unresolved.stream().filter(u -> u.metal() == Metal.TIN).findFirst().orElseThrow();
        assertThat(ficticia.spellings()).containsExactlyInAnyOrder("Mineração Fictícia S.A.", "MINERACAO FICTICIA SA");
        assertThat(ficticia.suppliers()).containsExactly(year.suppliers.get(3), year.suppliers.get(4));
        assertThat(AnnexA.of(data.smelters(), false, false).rows()).noneMatch(AnnexA.Row::unresolved)
                .noneMatch(r -> r.name().toLowerCase().contains("not yet identified"));
        AnnexA withUnresolved = AnnexA.of(data.smelters(), true, true);
        assertThat(withUnresolved.rows()).filteredOn(AnnexA.Row::unresolved).hasSize(2);
        assertThat(withUnresolved.size()).isEqualTo(resolvedIds().size() + 2);
    }

    @Test
    void pdfTextContainsTheFactsAndEveryAnnexARow() throws Exception {
        byte[] form = documents.render(DocumentKind.PDF, filing, data, LocalDate.of(2024, 5, 31));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(form)))) {
            assertThat(pdf.isTagged()).isTrue();
            assertThat(pdf.getDocumentInfo().getTitle()).isEqualTo("Form SD - Allison Transmission Holdings, Inc.");
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
            }
            assertThat(text.toString().replaceAll("\\s+", " ")).contains("FORM SD").contains("001-35456").contains("Item 1.01")
                    .contains("Item 3.01").contains("By: /s/ Eric C. Scroggins").contains("ex1-01.pdf");
        }
        // Exhibit 1.01: the report and Annex A
        byte[] bytes = documents.render(DocumentKind.EXHIBIT_PDF, filing, data, LocalDate.of(2024, 5, 31));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertThat(pdf.isTagged()).isTrue();
            assertThat(pdf.getDocumentInfo().getTitle()).startsWith("Exhibit 1.01 - Allison Transmission Holdings, Inc.");
            assertThat(pdf.getCatalog().getLang().toUnicodeString()).isEqualTo("en-US");
            int pages = pdf.getNumberOfPages();
            List<String> pageTexts = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                pageTexts.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
                assertThat(pageTexts.get(i - 1)).contains("Page " + i + " of " + pages);
            }
            String all = String.join("\n", pageTexts).replaceAll("\\s+", " ");
            assertThat(all).contains("Exhibit 1.01").doesNotContain("SIGNATURES")
                    .contains("We identified approximately 77 suppliers")
                    .contains("approximately 75% of the suppliers solicited");
            // cells wrap, so read Annex A column by column (x bands of the table) and find every row in order
            int firstAnnexPage = indexOf(pageTexts, "Smelters and refiners reported by our suppliers");
            AnnexA annex = DocumentFactory.annexA(filing, data);
            float left = 64;
            float width = 612 - 2 * 64;
            float[] bounds = {0, 0.14f, 0.60f, 0.84f, 1f};
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                StringBuilder column = new StringBuilder();
                com.itextpdf.kernel.geom.Rectangle band = new com.itextpdf.kernel.geom.Rectangle(
                        left + bounds[c] * width + 1, 40, (bounds[c + 1] - bounds[c]) * width - 2, 700);
                for (int i = firstAnnexPage + 1; i <= pages; i++) {
                    column.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i),
                            new com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener(
                                    new com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy(),
                                    new com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter(band)))).append('\n');
                }
                columns.add(column.toString().replaceAll("\\s+", " "));
            }
            int[] at = new int[4];
            // the smelters' table; the unresolved names follow in a table of their own (its columns are not these)
            for (AnnexA.Row r : annex.resolvedRows()) {
                String[] cells = {r.metal().displayName(), r.name(),
                        r.country(), r.rmapStatus() == null ? "" : r.rmapStatus()};
                for (int c = 0; c < 4; c++) {
                    String cell = cells[c].replaceAll("\\s+", " ").replace('\u201c', '"').replace('\u201d', '"');
                    int found = columns.get(c).replace('\u201c', '"').replace('\u201d', '"').indexOf(cell, at[c]);
                    assertThat(found).as("Annex A row %s, column %d", r, c).isNotNegative();
                    at[c] = found + cell.length();
                }
            }
            // the header row repeats on every page the table spans
            for (int i = firstAnnexPage; i < pages; i++) {
                if (pageTexts.get(i).startsWith("(1) ") || pageTexts.get(i).startsWith("(2) ")) {
                    continue; // the table's footnotes, after its last row
                }
                assertThat(pageTexts.get(i)).as("page %d", i + 1).contains("Smelter Name").contains("RMAP Status");
            }
            assertThat(pages - firstAnnexPage).isGreaterThan(1);
        }
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    @Test
    void edgarHtmlPassesTheCheckerAndHoldsEveryRow() {
        byte[] bytes = documents.render(DocumentKind.EDGAR_HTML, filing, data, LocalDate.of(2024, 5, 31));
        EdgarHtmlChecker checker = new EdgarHtmlChecker();
        assertThat(checker.check(bytes)).isEmpty();
        assertThat(checker.checkFileName(DocumentKind.EDGAR_HTML.fileName())).isEmpty();
        String html = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(html).contains("We identified approximately 77 suppliers").contains("approximately 75% of the suppliers");
        // the accented unresolved name survives as numeric character references
        // (in the table of names not resolved to a smelter ID, after Annex A's smelters)
        assertThat(html.substring(html.indexOf("Names not resolved to a smelter ID"))).contains("<td>Minera&#231;&#227;o Fict&#237;cia S.A.</td>");
        for (AnnexA.Row r : DocumentFactory.annexA(filing, data).rows()) {
            assertThat(html).contains("<td>" + org.oretrace.filing.infrastructure.EdgarHtmlRenderer.text(r.name()));
        }
    }

    @Test
    void workingFileHoldsTheSameRows() throws Exception {
        byte[] bytes = documents.render(DocumentKind.WORKING_FILE, filing, data, LocalDate.of(2024, 5, 31));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter f = new DataFormatter();
            Sheet smelters = wb.getSheet(WorkingFilesWriter.SMELTERS);
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= smelters.getLastRowNum(); r++) {
                ids.add(f.formatCellValue(smelters.getRow(r).getCell(0)));
            }
            assertThat(ids).containsExactlyElementsOf(data.smelters().smelters().stream().map(ConsolidatedSmelter::smelterId).toList());
            int threeRow = ids.indexOf(year.threeSpellingsId) + 1;
            assertThat(smelters.getRow(threeRow).getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(f.formatCellValue(smelters.getRow(threeRow).getCell(8))).contains(year.suppliers.get(0));
            Sheet unresolved = wb.getSheet(WorkingFilesWriter.UNRESOLVED);
            assertThat(f.formatCellValue(unresolved.getRow(2).getCell(2))).contains("MINERACAO FICTICIA SA");
            assertThat(wb.getSheet(WorkingFilesWriter.SUPPLIERS).getLastRowNum()).isEqualTo(77);
            assertThat(wb.getSheet(WorkingFilesWriter.FINDINGS).getLastRowNum()).isEqualTo(year.findings(YEAR).size());
        }
    }
}

package org.oretrace.filing.application;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.oretrace.filing.domain.AnnexA;
import org.oretrace.filing.domain.Filing;
import org.oretrace.filing.domain.FilingFacts;
import org.oretrace.filing.domain.Narrative;
import org.oretrace.filing.domain.Report;
import org.oretrace.filing.domain.RmapCategory;
import org.oretrace.filing.testing.Narratives;
import org.oretrace.filing.testing.Registrants;
import org.oretrace.filing.testing.TemplateYear;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.ReportingYear;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated Conflict Minerals Report at the depth of the seed filing: each section with the year's computed facts
 * (scope, rounds of communication, response rate, company vs product level, contract clauses, red flags, RMAP per metal,
 * the named sanctioned and covered-country smelters with the action taken, the as-of date) in the EDGAR exhibit, the
 * PDF and the report model; unresolved names in a table of their own; the exhibit still passes the EDGAR checker.
 * Expected numbers are counted from the fixture's own declarations and Annex A, not typed.
 */
class ReportDepthTest {

    private static final Instant NOW = Instant.parse("2024-05-20T09:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2024, 5, 28);
    private static final String DECISION = "Confirmed with the supplier; it removed the refiner from its supply chain in March 2024";

    private final TemplateYear year = TemplateYear.standard();
    private final FilingWork work = new FilingWork(year);
    private final Filing filing = Filing.start(ReportingYear.of(2023), Narratives.filledIn(), Registrants.allison(), NOW, "alice");

    ReportDepthTest() {
        year.scope = List.of(new FilingFacts.ScopeCategory("Electrical", 22, 17), new FilingFacts.ScopeCategory("Ferrous", 30, 23),
                new FilingFacts.ScopeCategory("Metallic", 25, 18));
        year.contractClauses = 41;
        year.sanctionsDecisions.put(year.sanctionedIds.iterator().next(), DECISION);
        year.riskReviews = new FilingSources.RiskReviewFacts(8, 3, 2, 1, 2, "/intake/declarations.xhtml?status=RISK_REVIEW");
        year.communications = new FilingSources.Communications(77, 154, 12, 9, 11, 4, 2, 0, "/outreach/outbox.xhtml");
        filing.changeOptions(true, true, NOW);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").replace("&quot;", "\"").replace("&#8217;", "'");
    }

    @Test
    void everySectionOfTheSeedIsGeneratedWithTheYearsComputedFacts() throws IOException {
        YearData data = work.liveData(filing);
        FilingFacts facts = data.facts();
        AnnexA annex = DocumentFactory.annexA(filing, data);
        String html = flat(new String(work.document(filing, DocumentKind.EXHIBIT_HTML, SIGNED).content(), StandardCharsets.US_ASCII));
        String pdf = flat(pdfText(work.document(filing, DocumentKind.EXHIBIT_PDF, SIGNED).content()));

        long company = year.declarations.stream().filter(d -> d.scope() == org.oretrace.filing.domain.DeclarationScope.COMPANY).count();
        long product = year.declarations.stream().filter(d -> d.scope() == org.oretrace.filing.domain.DeclarationScope.PRODUCT).count();
        long smelters = annex.resolvedRows().size();
        for (String doc : List.of(html, pdf)) {
            // 1. company overview, products, the 10-K reference and the reporting period
            assertThat(doc).contains("1. Company Overview and Product Description")
                    .contains("commercial-duty automatic transmissions")
                    .contains("our Annual Report on Form 10-K for the year ended December 31, 2023, filed with the SEC on February 14, 2024")
                    .contains("reporting period from January 1, 2023 to December 31, 2023");
            // 2. RCOI: scope from the campaign and why, rounds sent, response rate, company vs product level, conclusion
            assertThat(doc).contains("2. Reasonable Country of Origin Inquiry")
                    .contains("the categories Electrical (22 suppliers), Ferrous (30 suppliers) and Metallic (25 suppliers)")
                    .contains("Our direct ferrous, metallic and electrical component suppliers supply")
                    .contains("We sent 77 requests for a completed CMRT, followed by 154 reminders")
                    .contains("12 escalations").contains("9 final notices").contains("logged 4 phone calls and 2 letters")
                    .contains("responses from approximately 75% of the suppliers solicited (58 suppliers)")
                    .contains(company + " were made at company level, " + product + " at product level")
                    .contains("we were not able to determine that our necessary conflict minerals did not originate")
                    .contains((77 - 58) + " of the 77 suppliers solicited did not respond");
            // 3. due diligence along the five OECD steps with the company's facts
            assertThat(doc).contains("3. Due Diligence")
                    .contains("We adopted a conflict minerals policy, published at www.example.com/policy.")
                    .contains("led by our Chief Compliance Officer")
                    .contains("41 of the 77 suppliers in scope have a conflict minerals clause in their contract with us as of December 31, 2023")
                    .contains("ethics hotline").contains("five years")
                    .contains("RMAP\") lists as of December 31, 2023")
                    .contains("we sent 11 corrective-action requests, and 7 of the 9 declarations that required follow-up were resolved")
                    .contains("8 declarations carried red flags, of which 3 were accepted with a documented reason, for 2 the"
                            + " supplier was asked to explain or mitigate, 1 were escalated to senior management and 2 were not yet assessed")
                    .contains("rely on the RMAP's independent third-party audits")
                    .contains("published at www.allisontransmission.com");
            // 4. results: RMAP per metal, named smelters with the action taken, the country-of-origin statement
            assertThat(doc).contains("4. Due Diligence Results").contains("the " + smelters + " smelters and refiners listed in Annex A");
            for (Metal m : List.of(Metal.GOLD, Metal.TANTALUM, Metal.TIN, Metal.TUNGSTEN)) {
                List<AnnexA.Row> ofMetal = annex.resolvedRows().stream().filter(r -> r.metal() == m).toList();
                Map<String, Long> byStatus = ofMetal.stream().collect(Collectors.groupingBy(
                        r -> r.rmapStatus() == null ? "Unknown" : r.rmapStatus(), Collectors.counting()));
                assertThat(doc).as(m.displayName()).contains(m.displayName() + ": " + ofMetal.size() + " smelters and refiners identified; "
                        + byStatus.getOrDefault(RmapCategory.CONFORMANT.label(), 0L) + " conformant, "
                        + byStatus.getOrDefault(RmapCategory.ACTIVE.label(), 0L) + " active, "
                        + byStatus.getOrDefault(RmapCategory.NOT_CONFORMANT.label(), 0L) + " not conformant, and "
                        + byStatus.getOrDefault("Unknown", 0L) + " of unknown RMAP status.");
            }
            AnnexA.Row sanctioned = annex.rows().stream().filter(AnnexA.Row::sanctioned).findFirst().orElseThrow();
            assertThat(doc).contains(sanctioned.name() + " (" + sanctioned.metal().displayName() + ", " + sanctioned.country()
                    + "): subject to sanctions (screening hit confirmed)").contains("action recorded: " + DECISION + ".");
            for (AnnexA.Row covered : annex.rows().stream().filter(AnnexA.Row::coveredCountry).toList()) {
                assertThat(doc).contains(covered.name() + " (" + covered.metal().displayName() + ", " + covered.country()
                        + "): located in a Covered Country");
            }
            assertThat(doc).contains("we do not have sufficient information to determine conclusively the countries of origin");
            // 5. future measures, and Annex A with its as-of date
            assertThat(doc).contains("5. Future Due Diligence Measures").contains("In 2024 we intend")
                    .contains("(this year 41 of 77 suppliers in scope)")
                    .contains("Data gathered from in-scope suppliers as of May 28, 2024; RMAP status as of December 31, 2023.");
        }
        // the numbers the text states are the facts the workspace shows
        assertThat(facts.value(FilingFacts.CONTRACT_CLAUSES)).isEqualTo(41);
        assertThat(facts.flaggedSmelters()).anySatisfy(f -> assertThat(f.action()).isEqualTo(DECISION));
        assertThat(FilingWork.edgarCheck(DocumentKind.EXHIBIT_HTML,
                work.document(filing, DocumentKind.EXHIBIT_HTML, SIGNED).content())).isEmpty();
        assertThat(Report.compose(filing, facts, annex, SIGNED).exhibit()).extracting(Report.Block::text)
                .contains("1. Company Overview and Product Description", "2. Reasonable Country of Origin Inquiry",
                        "3. Due Diligence", "4. Due Diligence Results", "5. Future Due Diligence Measures");
    }

    @Test
    void aSanctionedSmelterWithoutARecordedDecisionSaysSoAndEachMetalIsABullet() {
        year.sanctionsDecisions.clear();
        YearData data = work.liveData(filing);
        Report report = Report.compose(filing, data.facts(), DocumentFactory.annexA(filing, data), SIGNED);
        List<Report.Block> results = section(report, "4. Due Diligence Results");
        // one bullet per metal in Annex A's order, then one per named smelter
        assertThat(results).filteredOn(b -> b.kind() == Report.Kind.BULLET).extracting(Report.Block::text)
                .extracting(t -> t.substring(0, t.indexOf(':'))).startsWith("Gold", "Tantalum", "Tin", "Tungsten");
        assertThat(results).filteredOn(b -> b.kind() == Report.Kind.BULLET).extracting(Report.Block::text)
                .anySatisfy(t -> assertThat(t).startsWith("Gold: "))
                .anySatisfy(t -> assertThat(t).startsWith("Tungsten: "))
                .anySatisfy(t -> assertThat(t).contains("subject to sanctions").endsWith("; no action recorded."));
    }

    @Test
    void withoutCampaignCategoriesOrFlaggedSmeltersTheSentencesSaySo() {
        year.scope = List.of();
        year.sanctionedIds.clear();
        YearData data = work.liveData(filing);
        FilingFacts facts = new FilingFacts(data.facts().reportingYear(), data.facts().asOf(), data.facts().facts(),
                List.of(), data.facts().rmapSources(), List.of(), List.of());
        String text = flat(String.join("\n", Report.compose(filing, facts, DocumentFactory.annexA(filing, data), SIGNED).exhibit()
                .stream().map(Report.Block::text).toList()));
        assertThat(text).contains("an inquiry of the suppliers of the year's campaign (no supplier categories are recorded for it)")
                .contains("None of the smelters and refiners identified was confirmed as subject to sanctions or located in the"
                        + " Covered Countries.");
    }

    @Test
    void unresolvedNamesAreListedInATableOfTheirOwnWhenChosen() {
        String html = new String(work.document(filing, DocumentKind.EXHIBIT_HTML, SIGNED).content(), StandardCharsets.US_ASCII);
        int names = html.indexOf("Names not resolved to a smelter ID");
        assertThat(names).isPositive();
        String main = html.substring(html.indexOf("ANNEX A"), names);
        String separate = html.substring(names);
        assertThat(main).doesNotContain("Unheard-of Refinery Ltd.").doesNotContain(" *<");
        assertThat(separate).contains("Unheard-of Refinery Ltd.").contains("<th align=\"left\">Name as reported</th>");
        assertThat(html).contains("are listed separately after the table");

        filing.changeOptions(true, false, NOW);
        String without = new String(work.document(filing, DocumentKind.EXHIBIT_HTML, SIGNED).content(), StandardCharsets.US_ASCII);
        assertThat(without).doesNotContain("Names not resolved to a smelter ID").doesNotContain("Unheard-of Refinery Ltd.");
    }

    @Test
    void emptyProgramFieldsPrintTheirTemplateAndThePreflightCatchesThemUntilWritten() {
        Narrative text = Narratives.filledIn();
        text.set(Narrative.Field.GRIEVANCE, "");
        text.set(Narrative.Field.POLICY, "We adopted a policy, published at [link].");
        filing.changeNarrative(text, NOW);
        YearData data = work.liveData(filing);
        String html = new String(work.document(filing, DocumentKind.EXHIBIT_HTML, SIGNED).content(), StandardCharsets.US_ASCII);
        assertThat(html).contains(Narrative.Field.GRIEVANCE.template());
        PreflightItem template = Preflight.check(filing, data, FilingSources.OpenWork.NONE, List.of()).stream()
                .filter(i -> i.code().equals(Preflight.TEMPLATE_TEXT)).findFirst().orElseThrow();
        assertThat(template.count()).isEqualTo(2);
        assertThat(template.message()).contains("Grievance mechanism: \"" + Narrative.Field.GRIEVANCE.template() + "\" (not written yet)")
                .contains("Conflict minerals policy and where it is published: \"[link]\"");

        // a field the text does not use is not reported while empty
        text.set(Narrative.Field.POLICY, "We adopted a policy, published at www.example.com/policy.");
        text.set(Narrative.Section.DUE_DILIGENCE, text.get(Narrative.Section.DUE_DILIGENCE).replace("{grievanceMechanism}", ""));
        filing.changeNarrative(text, NOW);
        assertThat(Preflight.check(filing, data, FilingSources.OpenWork.NONE, List.of()))
                .extracting(PreflightItem::code).doesNotContain(Preflight.TEMPLATE_TEXT);

        // last year's 10-K reference carried over is a warning
        text.set(Narrative.Field.ANNUAL_REPORT, "our Annual Report on Form 10-K for the year ended December 31, 2022");
        filing.changeNarrative(text, NOW);
        assertThat(Preflight.check(filing, data, FilingSources.OpenWork.NONE, List.of()))
                .filteredOn(i -> i.code().equals(Preflight.LAST_YEAR_TEXT)).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("10-K reference"));
    }

    @Test
    void theProgramFieldsAreCarriedToTheNextVersionAndLongOnesAreRefused() {
        Filing next = Filing.start(ReportingYear.of(2024), filing.getNarrative(), null, NOW, "alice");
        for (Narrative.Field f : Narrative.Field.values()) {
            assertThat(next.getNarrative().get(f)).as(f.name()).isEqualTo(filing.getNarrative().get(f)).isNotBlank();
        }
        Narrative n = new Narrative();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.set(Narrative.Field.TEAM, "x".repeat(Narrative.Field.MAX + 1)))
                .hasMessageContaining("limited to 4000 characters");
    }

    private static List<Report.Block> section(Report report, String heading) {
        List<Report.Block> blocks = report.exhibit();
        int start = blocks.indexOf(new Report.Block(Report.Kind.HEADING, heading));
        int end = start + 1;
        while (end < blocks.size() && blocks.get(end).kind() != Report.Kind.HEADING) {
            end++;
        }
        return blocks.subList(start + 1, end);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return text.toString();
    }
}

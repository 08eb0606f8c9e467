package org.oretrace.app.it.filing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year (77 suppliers solicited, 58 CMRTs read by intake, smelters resolved by the registry) filed end to
 * end: the facts, the text, Annex A, the PDF, the EDGAR HTML and the working file all agree.
 */
class FilingDemoYearIT {

    /** Smelter ID -> status as Garrett Motion Inc. stated it (Appendix A of its CY2025 Form SD; shared test material). */
    static Map<String, String> garrettStatuses() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("oretrace.shared.dir", "../../../shared"))
                .resolve("reference/garrett-motion-cy2025-appendix-a.csv");
        Map<String, String> statuses = new java.util.HashMap<>();
        List<String> lines = java.nio.file.Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            statuses.put(cells[cells.length - 2].strip(), cells[cells.length - 1].strip());
        }
        return statuses;
    }

    @Test
    void theDemoYearsFilingStates77SuppliersAnd75PercentEverywhere() throws Exception {
        Api demo = Api.demoAdmin();
        assertThat(demo.post("/api/filings/2023").status()).isEqualTo(200);

        Map<String, Integer> facts = demo.get("/api/filings/2023/facts").json().getJsonArray("facts")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(f -> f.getString("key"), f -> f.getInt("value")));
        System.out.println("Demo year facts: " + new java.util.TreeMap<>(facts));
        assertThat(facts).containsEntry("suppliersSolicited", 77).containsEntry("suppliersResponded", 58)
                .containsEntry("responseRatePercent", 75);
        assertThat(facts.get("declarationsAccepted")).isPositive();
        assertThat(facts.get("declarationsCompanyLevel") + facts.get("declarationsProductLevel")
                + facts.get("declarationsUserDefined")).isEqualTo(facts.get("declarationsAccepted"));
        assertThat(facts.get("declarationsNeedingFollowUp")).isPositive();
        int smelters = facts.get("smeltersIdentified");
        assertThat(smelters).isPositive();

        List<JsonObject> annex = demo.get("/api/filings/2023/annex-a").jsonArray().getValuesAs(JsonObject.class);
        assertThat(annex).hasSize(smelters);

        // RMAP: the demo's statuses are Garrett Motion Inc.'s Appendix A (Form SD for calendar year 2025, a public SEC
        // filing), imported as a stand-in for RMI's lists as of the period end; every smelter it names has its words,
        // every other one is Unknown, and the facts add up and name the source
        Map<String, String> garrett = garrettStatuses();
        Map<String, Long> byCategory = new java.util.HashMap<>();
        for (JsonObject row : annex) {
            String stated = garrett.get(row.getString("smelterId"));
            assertThat(row.getString("rmapStatus")).as(row.getString("smelterId")).isEqualTo(stated == null ? "Unknown" : stated);
            String category = stated == null ? "smeltersRmapUnknown" : switch (stated) {
                case "Conformant" -> "smeltersConformant";
                case "Active" -> "smeltersActive";
                default -> "smeltersNotConformant";
            };
            byCategory.merge(category, 1L, Long::sum);
        }
        for (String key : List.of("smeltersConformant", "smeltersActive", "smeltersNotConformant", "smeltersRmapUnknown")) {
            assertThat((long) facts.get(key)).as(key).isEqualTo(byCategory.getOrDefault(key, 0L));
        }
        assertThat(facts.get("smeltersConformant")).as("real conformant smelters, not 0").isPositive();
        JsonObject factsJson = demo.get("/api/filings/2023/facts").json();
        List<JsonObject> sources = factsJson.getJsonArray("rmapSources").getValuesAs(JsonObject.class);
        assertThat(sources).singleElement().satisfies(src -> {
            assertThat(src.getString("source")).contains("Garrett Motion Inc.").contains("calendar year 2025")
                    .contains("stand-in for RMI's lists").endsWith("as of 2023-12-31");
            assertThat(src.getJsonNumber("smelters").longValue()).isEqualTo(smelters - facts.get("smeltersRmapUnknown"));
        });
        Set<String> ids = new HashSet<>();
        annex.forEach(r -> assertThat(ids.add(r.getString("smelterId"))).as("one row per smelter").isTrue());
        List<String> order = annex.stream().map(r -> r.getString("metal") + "|" + r.getString("country").toUpperCase()
                + "|" + r.getString("name").toUpperCase()).toList();
        assertThat(order).isSorted();

        // the report and Annex A are Exhibit 1.01, a PDF of its own
        byte[] pdf = demo.get("/api/filings/2023/documents/ex1-01.pdf").bytes();
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("We identified approximately 77 suppliers")
                .contains("approximately 75% of the suppliers solicited (58 suppliers)")
                .contains("the " + smelters + " smelters and refiners listed in Annex A");
        for (JsonObject row : annex) {
            // names wrap inside their cell; the first word of each is on the page whatever the wrapping
            assertThat(all).contains(row.getString("name").split(" ")[0]);
        }

        // the rounds of communication are counted from outreach's outbox, not typed
        Map<String, Long> mails = demo.get("/api/outbox?state=SENT&limit=5000").jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(m -> m.getString("kind"), Collectors.counting()));
        assertThat(facts.get("requestsSent")).isEqualTo(77);
        assertThat((long) facts.get("remindersSent")).isEqualTo(mails.get("REMINDER")).isGreaterThan(77);
        assertThat((long) facts.get("escalationsSent")).isEqualTo(mails.get("ESCALATION")).isPositive();
        assertThat((long) facts.get("finalNoticesSent")).isEqualTo(mails.get("FINAL_NOTICE")).isPositive();
        assertThat((long) facts.get("correctiveActionsSent")).isEqualTo(mails.get("CORRECTIVE_ACTION")).isPositive();
        assertThat(all).contains("We sent 77 requests for a completed CMRT, followed by " + facts.get("remindersSent") + " reminders")
                .contains(facts.get("escalationsSent") + " escalations").contains(facts.get("finalNoticesSent") + " final notices")
                .contains("we sent " + facts.get("correctiveActionsSent") + " corrective-action requests");

        // the pre-flight of the demo draft: what a new user resolves before signing, each with its link
        JsonObject preflight = demo.get("/api/filings/2023/preflight").json();
        assertThat(preflight.getBoolean("ready")).isFalse();
        Map<String, JsonObject> items = preflight.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getString("code"), i -> i));
        assertThat(items.get("TEMPLATE_TEXT").getString("message")).contains("[describe the products]");
        // the ten declarations with the suppliers' mistakes, the ones whose suppliers were asked about red flags, and
        // the red flags still waiting for an assessment: intake's own list of the year says how many stand in each state
        Map<String, Long> byStatus = demo.get("/api/declarations?year=2023").jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(d -> d.getString("status"), Collectors.counting()));
        assertThat(byStatus.get("NEEDS_FOLLOW_UP")).isGreaterThanOrEqualTo(10);
        assertThat(byStatus.get("RISK_REVIEW")).isPositive();
        assertThat((long) items.get("DECLARATIONS_AWAITING_DECISION").getInt("count"))
                .isEqualTo(byStatus.get("NEEDS_FOLLOW_UP") + byStatus.get("RISK_REVIEW"));
        assertThat(items.get("DECLARATIONS_AWAITING_DECISION").getString("message")).contains("needs follow up")
                .contains("risk review");
        assertThat(items.get("DECLARATIONS_AWAITING_DECISION").getString("link")).isEqualTo("/intake/declarations.xhtml?year=2023");
        int unreachable = demo.get("/api/campaigns/2023/statistics").json().getJsonObject("byStatus").getInt("UNREACHABLE");
        assertThat(items.get("SUPPLIERS_WITHOUT_OUTCOME").getInt("count")).isEqualTo(77 - 58 - unreachable);
        Api.Response refused = demo.post("/api/filings/2023/finalize");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        String html = demo.get("/api/filings/2023/documents/form-sd.html").body();
        assertThat(html).contains("We identified approximately 77 suppliers").contains("75%");
        assertThat(html.replaceAll("\\s+", " ")).contains(facts.get("smeltersConformant") + " of them were conformant with the RMAP standards")
                .contains("status of " + facts.get("smeltersRmapUnknown") + " was not known to us").contains("Garrett Motion Inc.");
        assertThat(demo.get("/api/filings/2023/edgar-check").json().getBoolean("passed")).isTrue();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                demo.get("/api/filings/2023/documents/smelters.xlsx").bytes()))) {
            Set<String> sheetIds = new HashSet<>();
            var sheet = wb.getSheet("Smelters");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheetIds.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(sheetIds).containsAll(ids);
            assertThat(wb.getSheet("Supplier status").getLastRowNum()).isEqualTo(77);
        }
    }
}

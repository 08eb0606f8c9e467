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

    /** HTML text as a reader sees it: markup's character references decoded, whitespace collapsed. */
    static String readable(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(\\d+);").matcher(html.replaceAll("\\s+", " "));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * Exhibit 1.01 of the demo year holds every section of the seed report with the figures the product computed, each
     * expected value read from the API of the module that owns it (outreach's suppliers and campaign, Annex A, the facts).
     */
    private static void reportAtTheDepthOfTheSeed(Api demo, Map<String, Integer> facts, List<JsonObject> annex, String pdfText) {
        String exhibit = readable(demo.get("/api/filings/2023/documents/ex1-01.htm").body());
        assertThat(demo.get("/api/filings/2023/edgar-check?document=ex1-01.htm").json().getBoolean("passed")).isTrue();
        // 1. overview: products (company text), the 10-K reference (company field, not yet written on the demo) and the period
        assertThat(exhibit).contains("1. Company Overview and Product Description")
                .contains("[our Annual Report on Form 10-K for the year, with its filing date]")
                .contains("reporting period from January 1, 2023 to December 31, 2023");
        // 2. RCOI: the campaign's categories with how many were solicited, the rounds sent, the response rate, the levels
        JsonObject stats = demo.get("/api/campaigns/2023/statistics").json();
        JsonObject byCategory = stats.getJsonObject("byCategory");
        assertThat(byCategory).isNotEmpty();
        for (String category : byCategory.keySet()) {
            assertThat(exhibit).contains(category + " (" + byCategory.getJsonObject(category).getInt("solicited") + " suppliers)");
        }
        assertThat(exhibit).contains("2. Reasonable Country of Origin Inquiry")
                .contains("We sent " + facts.get("requestsSent") + " requests for a completed CMRT, followed by "
                        + facts.get("remindersSent") + " reminders")
                .contains("approximately " + facts.get("responseRatePercent") + "% of the suppliers solicited ("
                        + facts.get("suppliersResponded") + " suppliers)")
                .contains(facts.get("declarationsCompanyLevel") + " were made at company level, "
                        + facts.get("declarationsProductLevel") + " at product level")
                .contains("we were not able to determine that our necessary conflict minerals did not originate")
                .contains((77 - 58) + " of the 77 suppliers solicited did not respond");
        // 3. due diligence: the contract clauses counted from outreach's suppliers of the campaign, in force at the period end
        long clauses = demo.get("/api/suppliers?year=2023").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getBoolean("contractClause", false) && !x.getString("status", "").toUpperCase().replace(' ', '_').equals("OUT_OF_SCOPE"))
                .filter(x -> !x.containsKey("contractClauseDate") || x.isNull("contractClauseDate")
                        || x.getString("contractClauseDate").compareTo("2023-12-31") <= 0)
                .count();
        assertThat(clauses).as("the demo marks every fifth supplier").isPositive();
        assertThat((long) facts.get("suppliersWithContractClause")).isEqualTo(clauses);
        assertThat(exhibit).contains("3. Due Diligence")
                .contains(clauses + " of the 77 suppliers in scope have a conflict minerals clause in their contract with us as of December 31, 2023")
                .contains("RMAP\") lists as of December 31, 2023")
                .contains(facts.get("declarationsWithRedFlags") + " declarations carried red flags, of which "
                        + facts.get("redFlagsAcceptedWithReason") + " were accepted with a documented reason, for "
                        + facts.get("redFlagsSupplierAsked") + " the supplier was asked to explain or mitigate, "
                        + facts.get("redFlagsEscalated") + " were escalated to senior management and "
                        + facts.get("redFlagsNotReviewed") + " were not yet assessed")
                .contains("we sent " + facts.get("correctiveActionsSent") + " corrective-action requests")
                .contains("rely on the RMAP's independent third-party audits");
        assertThat(facts.get("declarationsWithRedFlags")).isPositive();
        // 4. results: RMAP counts per metal counted from Annex A's rows, the sanctioned and covered-country smelters named
        assertThat(exhibit).contains("4. Due Diligence Results");
        for (String metal : List.of("Gold", "Tantalum", "Tin", "Tungsten")) {
            List<JsonObject> rows = annex.stream().filter(r -> r.getString("metal").equals(metal)).toList();
            if (rows.isEmpty()) {
                assertThat(exhibit).contains(metal + ": no smelter or refiner was identified.");
                continue;
            }
            Map<String, Long> by = rows.stream().collect(Collectors.groupingBy(r -> switch (r.getString("rmapStatus")) {
                case "Conformant", "Active", "Unknown" -> r.getString("rmapStatus");
                default -> "Not conformant";
            }, Collectors.counting()));
            assertThat(exhibit).as(metal).contains(metal + ": " + rows.size() + (rows.size() == 1 ? " smelter or refiner" : " smelters and refiners")
                    + " identified; " + by.getOrDefault("Conformant", 0L) + " conformant, " + by.getOrDefault("Active", 0L) + " active, "
                    + by.getOrDefault("Not conformant", 0L) + " not conformant, and " + by.getOrDefault("Unknown", 0L)
                    + " of unknown RMAP status.");
        }
        List<JsonObject> sanctioned = annex.stream().filter(r -> r.getBoolean("sanctioned")).toList();
        assertThat(sanctioned).as("the demo confirms OFAC hits on reported refiners").isNotEmpty();
        for (JsonObject r : sanctioned) {
            // the team's decision on the hit, as the registry recorded it when confirming
            assertThat(exhibit).contains(r.getString("name") + " (" + r.getString("metal") + ", " + r.getString("country")
                    + "): subject to sanctions (screening hit confirmed)").contains("action recorded: Same refiner");
        }
        annex.stream().filter(r -> r.getBoolean("coveredCountry")).forEach(r -> assertThat(exhibit)
                .contains(r.getString("name") + " (" + r.getString("metal") + ", " + r.getString("country") + "): "));
        assertThat(exhibit).contains("we do not have sufficient information to determine conclusively the countries of origin");
        // 5. future measures with this year's figures, and Annex A's as-of sentence
        assertThat(exhibit).contains("5. Future Due Diligence Measures").contains("In 2024 we intend")
                .contains("(this year " + clauses + " of 77 suppliers in scope)")
                .contains("Data gathered from in-scope suppliers as of ");
        // the PDF states the same sections and figures (its text as extracted, whitespace collapsed)
        for (String heading : List.of("1. Company Overview and Product Description", "2. Reasonable Country of Origin Inquiry",
                "3. Due Diligence", "4. Due Diligence Results", "5. Future Due Diligence Measures")) {
            assertThat(pdfText).contains(heading);
        }
        assertThat(pdfText).contains(clauses + " of the 77 suppliers in scope have a conflict minerals clause")
                .contains(facts.get("declarationsWithRedFlags") + " declarations carried red flags");
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
                .filter(d -> "CMRT".equals(d.getString("template", "CMRT"))) // the pre-flight counts the CMRTs
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

        reportAtTheDepthOfTheSeed(demo, facts, annex, all);

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

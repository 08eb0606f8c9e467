package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The filing REST API on the deployed application: facts, Annex A, documents, roles. */
class FilingApiIT {

    private static final int YEAR = 2023;

    @Test
    void aDraftYearServesFactsAnnexAAndEveryDocument() throws Exception {
        Api admin = Api.asAdmin();
        Api.Response started = admin.post("/api/filings/" + YEAR);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("status")).isIn("DRAFT", "FINAL");
        assertThat(started.json().getString("dueDate")).isEqualTo("2024-05-31");

        Api.Response facts = admin.get("/api/filings/" + YEAR + "/facts");
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        JsonObject json = facts.json();
        assertThat(json.getInt("reportingYear")).isEqualTo(YEAR);
        assertThat(json.getBoolean("connected")).as("registry, outreach and intake feed the filing").isTrue();
        assertThat(json.getJsonArray("facts").getValuesAs(JsonObject.class)).extracting(f -> f.getString("key"))
                .contains("suppliersSolicited", "responseRatePercent", "smeltersIdentified", "sanctionedSmelters",
                        "smeltersGold", "conformantTin");

        Api.Response annex = admin.get("/api/filings/" + YEAR + "/annex-a");
        assertThat(annex.status()).isEqualTo(200);
        assertThat(annex.header("Content-Type")).startsWith("application/json");
        int rows = annex.jsonArray().size();
        Api.Response csv = admin.get("/api/filings/" + YEAR + "/annex-a", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        // laid out as the report's Annex A: the as-of line, a blank line, the header (no RMAP column: the option is off by
        // default) and one line per row of the JSON, then the footnotes, if any, after a blank line
        List<String> lines = List.of(csv.body().split("\r\n", -1));
        assertThat(lines.get(0)).contains("Data gathered from in-scope suppliers as of");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).isEqualTo("metal,smelterId,name,country,sanctioned,coveredCountry,supplierCount,footnotes");
        assertThat(lines.subList(3, 3 + rows)).allMatch(l -> !l.isEmpty());
        assertThat(lines.get(3 + rows)).isEmpty();

        Api.Response pdf = admin.get("/api/filings/" + YEAR + "/documents/form-sd.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.header("X-Content-SHA256")).isEqualTo(sha256(pdf.bytes()));
        // the PDF pair: Form SD names its exhibit, Exhibit 1.01 holds the report and Annex A; both parse
        String formText = pdfText(pdf.bytes());
        assertThat(formText).contains("FORM SD").contains("EXHIBIT INDEX").contains("ex1-01.pdf")
                .doesNotContain("Reasonable Country of Origin Inquiry");
        Api.Response exhibitPdf = admin.get("/api/filings/" + YEAR + "/documents/ex1-01.pdf");
        assertThat(exhibitPdf.status()).as(exhibitPdf.toString()).isEqualTo(200);
        assertThat(exhibitPdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(exhibitPdf.header("X-Content-SHA256")).isEqualTo(sha256(exhibitPdf.bytes()));
        assertThat(pdfText(exhibitPdf.bytes())).contains("Exhibit 1.01").contains("Reasonable Country of Origin Inquiry")
                .contains("Annex A").doesNotContain("SIGNATURES");

        Api.Response html = admin.get("/api/filings/" + YEAR + "/documents/form-sd.html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("FORM SD").contains("Exhibit 1.01").contains("ANNEX A");
        for (byte b : html.bytes()) {
            assertThat(b == '\n' || b >= 0x20 && b < 0x7F).as("printable ASCII").isTrue();
        }
        JsonObject check = admin.get("/api/filings/" + YEAR + "/edgar-check").json();
        assertThat(check.getBoolean("passed")).as(check.toString()).isTrue();

        // the EDGAR submission: Form SD and Exhibit 1.01 as separate documents, each passing the checker on its own
        Api.Response form = admin.get("/api/filings/" + YEAR + "/documents/form-sd.htm");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.body()).contains("FORM SD").contains("<a href=\"ex1-01.htm\">").doesNotContain("ANNEX A");
        Api.Response exhibit = admin.get("/api/filings/" + YEAR + "/documents/ex1-01.htm");
        assertThat(exhibit.status()).isEqualTo(200);
        assertThat(exhibit.body()).contains("Exhibit 1.01").contains("ANNEX A").doesNotContain("FORM SD");
        for (String document : new String[] {"form-sd.htm", "ex1-01.htm"}) {
            JsonObject verdict = admin.get("/api/filings/" + YEAR + "/edgar-check?document=" + document).json();
            assertThat(verdict.getString("fileName")).isEqualTo(document);
            assertThat(verdict.getBoolean("passed")).as(verdict.toString()).isTrue();
        }
        assertThat(admin.get("/api/filings/" + YEAR + "/edgar-check?document=smelters.xlsx").status()).isEqualTo(400);
        Api.Response zip = admin.get("/api/filings/" + YEAR + "/submission.zip");
        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactlyInAnyOrder("form-sd.htm", "ex1-01.htm", "form-sd.pdf", "ex1-01.pdf", "MANIFEST.txt");
        String manifest = new String(entries.get("MANIFEST.txt"), StandardCharsets.US_ASCII);
        for (String name : new String[] {"form-sd.htm", "ex1-01.htm", "form-sd.pdf", "ex1-01.pdf"}) {
            assertThat(manifest).contains(sha256(entries.get(name)) + "  " + name);
        }

        Api.Response xlsx = admin.get("/api/filings/" + YEAR + "/documents/smelters.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(wb.getSheet("Smelters").getLastRowNum()).isEqualTo(json.getJsonArray("facts").getValuesAs(JsonObject.class)
                    .stream().filter(f -> f.getString("key").equals("smeltersIdentified")).findFirst().orElseThrow().getInt("value"));
            assertThat(wb.getSheet("Unresolved names")).isNotNull();
            assertThat(wb.getSheet("Supplier status")).isNotNull();
            assertThat(wb.getSheet("Findings")).isNotNull();
        }
    }

    @Test
    void badRequestsGetClearAnswers() {
        Api admin = Api.asAdmin();
        admin.post("/api/filings/" + YEAR);
        Api.Response unknown = admin.get("/api/filings/" + YEAR + "/documents/secret.exe");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(admin.get("/api/filings/1999/facts").status()).isEqualTo(400);
        assertThat(admin.get("/api/filings/2031/documents/form-sd.pdf").status()).isEqualTo(404);
    }

    @Test
    void aViewerReadsAndDownloadsButCannotStartOrFinalize() {
        Api.asAdmin().post("/api/filings/" + YEAR);
        Api viewer = Api.newUser("filing-viewer", "VIEWER", "filing-viewer-password-1");
        assertThat(viewer.get("/api/filings/" + YEAR + "/facts").status()).isEqualTo(200);
        assertThat(viewer.get("/api/filings/" + YEAR + "/documents/form-sd.pdf").status()).isEqualTo(200);
        assertThat(viewer.get("/api/filings").status()).isEqualTo(200);
        assertThat(viewer.post("/api/filings/2022").status()).isEqualTo(403);
        assertThat(viewer.post("/api/filings/" + YEAR + "/finalize").status()).isEqualTo(403);
    }

    @Test
    void finalizingWithoutCoverPageIsRefusedWithTheBlockingItems() {
        Api admin = Api.asAdmin();
        admin.post("/api/filings/2021");
        Api.Response refused = admin.post("/api/filings/2021/finalize");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("message")).contains("missing").contains("Commission file number");
        assertThat(refused.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .contains("REGISTRANT_MISSING");
        // an administrator's override never covers the cover page: without it there is no Form SD
        Api.Response overridden = admin.postJson("/api/filings/2021/finalize", "{\"override\":true,\"reason\":\"due today\"}");
        assertThat(overridden.status()).as(overridden.toString()).isEqualTo(400);
        assertThat(overridden.json().getString("message")).startsWith("Cannot finalize: missing");
        assertThat(admin.get("/api/filings/2021/facts").json().getBoolean("frozen")).isFalse();
    }

    @Test
    void theOpenApiDescriptionDocumentsTheFilingEndpoints() {
        Api.Response openapi = Api.asAdmin().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/filings/{year}/facts").contains("/filings/{year}/annex-a")
                .contains("/filings/{year}/documents/{name}");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String pdfText(byte[] bytes) throws java.io.IOException {
        try (com.itextpdf.kernel.pdf.PdfDocument doc = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(bytes)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }
}

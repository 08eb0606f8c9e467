package org.oretrace.app.it.registry;

import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RMI's Conformant and Active lists and a filing's status table imported through the deployed WAR's REST API, and the
 * status of a smelter on dates before, between and after them through {@code GET /api/smelters/{id}?on=}. The dates lie
 * in 2096-2097, after every other test's reporting years, so the statuses other tests import do not interfere.
 */
class RmapListsIT {

    private static final String HEADER = "Sl #,METAL,SMELTER ID,STANDARD SMELTER NAME,STATE/ PROVINCE/ REGION,COUNTRY LOCATION,"
            + "COMPANY WEBSITE WITH CM POLICY,LAST AUDIT DATE,AUDIT CYCLE,REAUDIT IN PROGRESS,LBMA RG,RJC\r\n";
    private static final String S8853 = "Gold,CID002763,8853 S.p.A.,Lombardia,ITALY,https://www.8853.it,2095-10-01,12 Months,No,Yes,No";
    private static final String ALMT = "Tungsten,CID000004,A.L.M.T. Corp.,Toyama,JAPAN,,2095-03-14,3 Years,Yes,,";

    @Test
    void rmisListsAndAFilingsTableAnswerTheStatusOnAnyDateWithTheirSource() throws IOException {
        Api admin = Api.asAdmin();
        Api.Response january = admin.postFile("/api/registry/rmap-status", "file", "conformant.csv",
                (HEADER + "1," + S8853 + "\r\n2," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8),
                Map.of("list", "CONFORMANT", "asOf", "2096-01-15", "source", "RMI Conformant Smelters & Refiners (IT)"));
        assertThat(january.status()).as(january.toString()).isEqualTo(200);
        assertThat(january.json().getInt("added")).isEqualTo(2);
        assertThat(january.json().getString("kind")).isEqualTo("CONFORMANT");
        assertThat(january.json().getString("asOf")).isEqualTo("2096-01-15");

        Api.Response active = admin.postFile("/api/registry/rmap-status", "file", "active.xlsx", activeList(),
                Map.of("list", "active", "asOf", "2096-02-01"));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json().getString("sourceLabel")).isEqualTo("RMI Active list");

        Api.Response july = admin.postFile("/api/registry/rmap-status", "file", "conformant-july.csv",
                (HEADER + "1," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8),
                Map.of("list", "CONFORMANT", "asOf", "2096-07-01", "source", "RMI Conformant Smelters & Refiners (IT)"));
        assertThat(july.status()).as(july.toString()).isEqualTo(200);
        assertThat(july.json().getInt("droppedOff")).isEqualTo(1);

        // before anything covers the date: unknown, with no status and no source
        JsonObject before = admin.get("/api/smelters/CID002763?on=2000-01-01").json();
        assertThat(before.getString("rmapCategory")).isEqualTo("UNKNOWN");
        assertThat(before.isNull("rmapStatus")).isTrue();
        assertThat(before.isNull("rmapSource")).isTrue();
        // between the two Conformant lists: conformant since January, with the source and RMI's audit facts
        JsonObject between = admin.get("/api/smelters/CID002763?on=2096-03-01").json();
        assertThat(between.getString("on")).isEqualTo("2096-03-01");
        assertThat(between.getString("rmapCategory")).isEqualTo("CONFORMANT");
        assertThat(between.getString("rmapStatus")).isEqualTo("Conformant");
        assertThat(between.getString("rmapStatusDate")).isEqualTo("2096-01-15");
        assertThat(between.getString("rmapSource")).isEqualTo("RMI Conformant Smelters & Refiners (IT)");
        assertThat(between.getString("lastAuditDate")).isEqualTo("2095-10-01");
        assertThat(between.getString("auditCycle")).isEqualTo("12 Months");
        // after: it dropped off the Conformant list of July
        JsonObject after = admin.get("/api/smelters/CID002763?on=2096-12-31").json();
        assertThat(after.getString("rmapCategory")).isEqualTo("NOT_CONFORMANT");
        assertThat(after.getString("rmapStatus")).isEqualTo("Dropped off the Conformant list");
        assertThat(after.getString("rmapStatusDate")).isEqualTo("2096-07-01");
        assertThat(after.getBoolean("rmapDerived")).isTrue();
        JsonObject wolfram = admin.get("/api/smelters/CID002044?on=2096-02-01").json();
        assertThat(wolfram.getString("rmapCategory")).isEqualTo("IN_PROGRESS");
        assertThat(wolfram.getString("rmapSource")).isEqualTo("RMI Active list");

        // a filing's table (Appendix A of Garrett Motion Inc.'s Form SD for calendar year 2025, a public SEC filing):
        // statuses as that filer stated them, labelled so, dated as a whole
        byte[] garrett = Files.readAllBytes(RegistryApiIT.shared("reference/garrett-motion-cy2025-appendix-a.csv"));
        String label = "Garrett Motion Inc., Form SD CY2025, Exhibit 1.01 Appendix A (statuses as stated by the filer)";
        Api.Response table = admin.postFile("/api/registry/rmap-status", "file", "garrett-motion-cy2025-appendix-a.csv", garrett,
                Map.of("asOf", "2097-12-31", "source", label));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        assertThat(table.json().getString("fileFormat")).isEqualTo("FILING_TABLE");
        assertThat(table.json().getInt("rows")).isEqualTo(333);
        assertThat(table.json().getJsonArray("unmappedStatuses")).isEmpty();
        Map<String, String> stated = new HashMap<>();
        List<String> lines = Files.readAllLines(RegistryApiIT.shared("reference/garrett-motion-cy2025-appendix-a.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            stated.put(cells[cells.length - 2], cells[cells.length - 1]);
        }
        JsonObject almt = admin.get("/api/smelters/CID000004?on=2098-01-01").json();
        assertThat(almt.getString("rmapStatus")).isEqualTo(stated.get("CID000004"));
        assertThat(almt.getString("rmapSource")).isEqualTo(label);
        assertThat(almt.getString("rmapStatusDate")).isEqualTo("2097-12-31");

        assertThat(admin.get("/api/registry/rmap-status/imports").jsonArray().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("sourceLabel") + " " + i.getString("asOf"))
                .contains(label + " 2097-12-31", "RMI Active list 2096-02-01");

        // refusals answer 400 with the reason
        Api.Response noKind = admin.postFile("/api/registry/rmap-status", "file", "conformant.csv",
                (HEADER + "1," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8), Map.of("asOf", "2096-01-15"));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().getString("message")).contains("CONFORMANT or ACTIVE");
        Api.Response badKind = admin.postFile("/api/registry/rmap-status", "file", "conformant.csv",
                (HEADER + "1," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8), Map.of("list", "GOLDEN", "asOf", "2096-01-15"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().getString("message")).contains("not 'GOLDEN'");
        Api.Response noDate = admin.postFile("/api/registry/rmap-status", "file", "conformant.csv",
                (HEADER + "1," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8), Map.of("list", "ACTIVE"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().getString("message")).contains("downloaded");
        assertThat(admin.get("/api/smelters/CID000004?on=31.12.2096").status()).isEqualTo(400);
        // a viewer reads, but does not import
        assertThat(Api.newUser("rmap-viewer", "VIEWER", "Rmap-Viewer-2026").postFile("/api/registry/rmap-status", "file", "x.csv",
                (HEADER + "1," + ALMT + "\r\n").getBytes(StandardCharsets.UTF_8), Map.of("list", "ACTIVE", "asOf", "2096-01-01"))
                .status()).isEqualTo(403);
    }

    /** RMI's Active list as an .xlsx, headers in another case and spacing, an audit date as a date cell. */
    private static byte[] activeList() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Active");
            String[] header = {"Metal", "Smelter  ID", "Standard Smelter Name", "Country Location", "Last Audit Date"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("Tungsten");
            r.createCell(1).setCellValue("CID002044");
            r.createCell(2).setCellValue("Wolfram Bergbau und Hutten AG");
            r.createCell(3).setCellValue("AUSTRIA");
            r.createCell(4).setCellValue(java.time.LocalDate.of(2095, 9, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            r.getCell(4).setCellStyle(style);
            wb.write(out);
            return out.toByteArray();
        }
    }
}

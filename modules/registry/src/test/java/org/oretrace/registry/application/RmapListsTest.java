package org.oretrace.registry.application;

import org.oretrace.registry.published.SmelterFacts;
import jakarta.persistence.EntityManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oretrace.kernel.BusinessRuleException;
import org.oretrace.kernel.testing.TestDatabase;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.RmapSourceKind;
import org.oretrace.registry.testing.RmiTemplates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RMAP statuses from RMI's published lists (Conformant, Active) and from a filing's status table, on H2 and PostgreSQL:
 * the status on dates before, between and after imports, a smelter dropping off the Conformant list, Unknown.
 */
class RmapListsTest {

    /** RMI's download: a title line above the header, an "Sl #" column, names with slashes and odd spacing. */
    private static String conformantCsv(String downloaded, String... rows) {
        StringBuilder csv = new StringBuilder("Conformant Smelters & Refiners,downloaded " + downloaded + "\r\n"
                + "Sl #,METAL,SMELTER ID,STANDARD SMELTER NAME,STATE/ PROVINCE/ REGION,COUNTRY LOCATION,"
                + "COMPANY WEBSITE WITH CM POLICY,LAST AUDIT DATE,AUDIT CYCLE,REAUDIT IN PROGRESS,LBMA RG,RJC\r\n");
        int n = 1;
        for (String row : rows) {
            csv.append(n++).append(',').append(row).append("\r\n");
        }
        return csv.toString();
    }

    private static final String AGOSI = "Gold,CID000035,Agosi AG,Baden-Württemberg,GERMANY,https://www.agosi.de,2023-05-16,12 Months,No,Yes,Yes";
    private static final String ALMT = "Tungsten,CID000004,A.L.M.T. Corp.,Toyama,JAPAN,https://www.allied-material.co.jp,14-Nov-2022,3 Years,Yes,,";
    private static final String S8853 = "Gold,CID002763,8853 S.p.A.,Lombardia,ITALY,https://www.8853.it,1/30/2023,12 Months,No,Yes,No";
    private static final String NOBODY = "Gold,CID999999,Not in the registry,,,,,,,,";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listsOfBothKindsGiveTheStatusOnEveryDateAndADropOffFromTheConformantList(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            RmapImports imports = t.rmapImports();
            SmelterDirectory directory = t.directory(t.sanctions());

            byte[] january = conformantCsv("15 January 2024", AGOSI, ALMT, S8853, NOBODY).getBytes(StandardCharsets.UTF_8);
            RmapFileSummary summary = imports.inspect(january, "conformant.csv");
            assertThat(summary.statusColumn()).isFalse();
            assertThat(summary.rows()).isEqualTo(4);
            assertThat(summary.fileDate()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(summary.fileDateFrom()).contains("above the header");

            RmapImportResult first = t.tx(() -> importFile(imports, january, "conformant.csv",
                    new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 1, 15), null)));
            assertThat(first.rows()).isEqualTo(4);
            assertThat(first.added()).isEqualTo(3);
            assertThat(first.unknownSmelters()).isEqualTo(1);
            assertThat(first.unknownSmelterIds()).containsExactly("CID999999");
            assertThat(first.sourceLabel()).isEqualTo("RMI Conformant list");
            assertThat(first.problems()).isEmpty();
            assertThat(first.droppedOff()).isZero();

            // the Active list as an .xlsx with other header spellings and a real date cell
            byte[] active = activeWorkbook(LocalDate.of(2024, 2, 1));
            RmapFileSummary activeSummary = imports.inspect(active, "active.xlsx");
            assertThat(activeSummary.fileDate()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(activeSummary.fileDateFrom()).contains("last modified");
            RmapImportResult activeResult = t.tx(() -> importFile(imports, active, "active.xlsx",
                    new RmapImportRequest(RmapSourceKind.ACTIVE, LocalDate.of(2024, 2, 1), "RMI Active Smelters list (download)")));
            assertThat(activeResult.added()).isEqualTo(1);
            assertThat(activeResult.problems()).isEmpty();

            byte[] april = conformantCsv("30 April 2024", AGOSI, ALMT).getBytes(StandardCharsets.UTF_8);
            RmapImportResult third = t.tx(() -> importFile(imports, april, "conformant-2024-04-30.csv",
                    new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 4, 30), null)));
            assertThat(third.droppedOff()).as("8853 is missing from the second Conformant list").isEqualTo(1);

            // before any import: unknown, never "not enrolled"
            assertThat(on(directory, "CID000035", "2024-01-14")).satisfies(f -> {
                assertThat(f.rmapCategory()).isEqualTo(RmapCategory.UNKNOWN);
                assertThat(f.rmapStatus()).isNull();
                assertThat(f.rmap().source()).isNull();
            });
            // on and between imports: the list is the status, with its source, date and RMI's audit facts
            assertThat(on(directory, "CID000035", "2024-03-01")).satisfies(f -> {
                assertThat(f.rmapCategory()).isEqualTo(RmapCategory.CONFORMANT);
                assertThat(f.rmapStatus()).isEqualTo("Conformant");
                assertThat(f.rmapStatusDate()).isEqualTo(LocalDate.of(2024, 1, 15));
                assertThat(f.rmap().source()).isEqualTo("RMI Conformant list");
                assertThat(f.rmap().sourceAsOf()).isEqualTo(LocalDate.of(2024, 1, 15));
                assertThat(f.rmap().lastAuditDate()).isEqualTo(LocalDate.of(2023, 5, 16));
                assertThat(f.rmap().auditCycle()).isEqualTo("12 Months");
                assertThat(f.rmap().reauditInProgress()).isFalse();
            });
            assertThat(on(directory, "CID000004", "2024-03-01").rmap().reauditInProgress()).isTrue();
            assertThat(on(directory, "CID000004", "2024-03-01").rmap().lastAuditDate()).isEqualTo(LocalDate.of(2022, 11, 14));
            assertThat(on(directory, "CID002044", "2024-01-31").rmapCategory()).isEqualTo(RmapCategory.UNKNOWN);
            assertThat(on(directory, "CID002044", "2024-02-01")).satisfies(f -> {
                assertThat(f.rmapCategory()).isEqualTo(RmapCategory.IN_PROGRESS);
                assertThat(f.rmap().source()).isEqualTo("RMI Active Smelters list (download)");
                assertThat(f.rmap().lastAuditDate()).isEqualTo(LocalDate.of(2023, 9, 1));
            });
            // the drop-off: conformant until the later list, not conformant from its date, and said so
            assertThat(on(directory, "CID002763", "2024-04-29").rmapCategory()).isEqualTo(RmapCategory.CONFORMANT);
            assertThat(on(directory, "CID002763", "2024-04-30")).satisfies(f -> {
                assertThat(f.rmapCategory()).isEqualTo(RmapCategory.NOT_CONFORMANT);
                assertThat(f.rmapStatus()).isEqualTo("Dropped off the Conformant list");
                assertThat(f.rmap().derived()).isTrue();
                assertThat(f.rmap().sourceAsOf()).isEqualTo(LocalDate.of(2024, 4, 30));
            });
            // after the last import: its statuses hold
            assertThat(on(directory, "CID000035", "2026-01-01").rmapStatusDate()).isEqualTo(LocalDate.of(2024, 4, 30));

            // an older list imported late fits in where its date belongs: A.L.M.T. is missing from it
            byte[] march = conformantCsv("15 March 2024", AGOSI, S8853).getBytes(StandardCharsets.UTF_8);
            RmapImportResult late = t.tx(() -> importFile(imports, march, "conformant-march.csv",
                    new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 3, 15), null)));
            assertThat(late.droppedOff()).isEqualTo(1);
            assertThat(on(directory, "CID000004", "2024-04-01").rmapCategory()).isEqualTo(RmapCategory.NOT_CONFORMANT);
            assertThat(on(directory, "CID000004", "2024-05-01").rmapCategory()).isEqualTo(RmapCategory.CONFORMANT);
            assertThat(on(directory, "CID002763", "2024-04-30").rmapStatus()).isEqualTo("Dropped off the Conformant list");

            // the same list again changes nothing
            RmapImportResult again = t.tx(() -> importFile(imports, april, "conformant-2024-04-30.csv",
                    new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 4, 30), null)));
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.added() + again.updated()).isZero();
            assertThat(imports.imports()).hasSize(5).allSatisfy(i -> assertThat(i.getAsOf()).isNotNull());

            // refusals say what is missing, and store nothing
            assertThatThrownBy(() -> importFile(imports, january, "x.csv", new RmapImportRequest(null, LocalDate.of(2024, 1, 15), null)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("CONFORMANT or ACTIVE");
            assertThatThrownBy(() -> importFile(imports, january, "x.csv", new RmapImportRequest(RmapSourceKind.ACTIVE, null, null)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("downloaded");
            byte[] table = "Metal,Smelter Name,Smelter ID,RMAP Audit Status\nGold,Agosi AG,CID000035,Conformant\n".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> importFile(imports, table, "x.csv", new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 1, 1), null)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("status column ('RMAP Audit Status')");
            assertThatThrownBy(() -> importFile(imports, table, "x.csv", RmapImportRequest.statusTable()))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("asOf");
            assertThat(imports.imports()).hasSize(5);
        }
    }

    /**
     * Appendix A of Garrett Motion Inc.'s Exhibit 1.01 to Form SD for calendar year 2025 (a public SEC filing): statuses as
     * that filer stated them, not RMI's lists. Every row naming a smelter of the registry imports with its words.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFilingsSmelterTableImportsWithItsStatusWords(TestDatabase.Kind kind) throws IOException {
        Path garrett = RmiTemplates.sharedDir().resolve("reference").resolve("garrett-motion-cy2025-appendix-a.csv");
        byte[] content = Files.readAllBytes(garrett);
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            RmapImports imports = t.rmapImports();
            SmelterDirectory directory = t.directory(t.sanctions());
            String label = "Garrett Motion Inc., Form SD for CY2025, Exhibit 1.01 Appendix A (statuses as stated by the filer)";
            RmapImportResult result = t.tx(() -> importFile(imports, content, "garrett-motion-cy2025-appendix-a.csv",
                    new RmapImportRequest(null, LocalDate.of(2025, 12, 31), label)));
            assertThat(result.fileFormat()).isEqualTo("FILING_TABLE");
            assertThat(result.rows()).isEqualTo(333);
            assertThat(result.unmappedStatuses()).as("every word the filing uses is in the vocabulary").isEmpty();
            assertThat(result.problems()).isEmpty();

            // what the file says, row by row, for the smelters the registry knows (the 6.5 list)
            Map<String, String> stated = new HashMap<>();
            List<String> lines = Files.readAllLines(garrett, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                stated.put(cells[cells.length - 2].strip(), cells[cells.length - 1].strip());
            }
            Set<String> known = new java.util.HashSet<>(t.catalog().knownSmelters().stream().map(KnownSmelter::smelterId).toList());
            long inRegistry = stated.keySet().stream().filter(known::contains).count();
            assertThat(result.added()).isEqualTo(inRegistry);
            assertThat(result.unknownSmelters()).isEqualTo(333 - (int) inRegistry);

            Map<String, SmelterFacts> facts = directory.facts(stated.keySet(), LocalDate.of(2025, 12, 31));
            Map<RmapCategory, Long> counted = new HashMap<>();
            facts.values().forEach(f -> counted.merge(f.rmapCategory(), 1L, Long::sum));
            Map<RmapCategory, Long> expected = new HashMap<>();
            stated.forEach((id, status) -> {
                if (known.contains(id)) {
                    RmapCategory c = switch (status) {
                        case "Conformant" -> RmapCategory.CONFORMANT;
                        case "Active" -> RmapCategory.IN_PROGRESS;
                        default -> RmapCategory.NOT_CONFORMANT;
                    };
                    expected.merge(c, 1L, Long::sum);
                }
            });
            assertThat(counted).isEqualTo(expected);
            assertThat(counted.get(RmapCategory.CONFORMANT)).isPositive();
            facts.values().forEach(f -> {
                assertThat(f.rmapStatus()).isEqualTo(stated.get(f.smelterId()));
                assertThat(f.rmap().source()).isEqualTo(label);
            });
            // a day earlier nothing covers them
            assertThat(directory.facts(stated.keySet(), LocalDate.of(2025, 12, 30)).values())
                    .allSatisfy(f -> assertThat(f.rmapCategory()).isEqualTo(RmapCategory.UNKNOWN));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void hostileFilesAreRefusedWhileBeingRead(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, "kernel", "registry")) {
            TestServices t = services(db);
            RmapImports imports = t.rmapImports();
            RmapImportRequest list = new RmapImportRequest(RmapSourceKind.CONFORMANT, LocalDate.of(2024, 1, 1), null);
            StringBuilder many = new StringBuilder("SMELTER ID,METAL\n");
            for (int i = 0; i <= 20_000; i++) {
                many.append("CID000035,Gold\n");
            }
            assertThatThrownBy(() -> importFile(imports, many.toString().getBytes(StandardCharsets.UTF_8), "many.csv", list))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("More than 20000 rows");
            String longCell = "SMELTER ID,METAL\nCID000035," + "x".repeat(1001) + "\n";
            assertThatThrownBy(() -> importFile(imports, longCell.getBytes(StandardCharsets.UTF_8), "long.csv", list))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("more than 1000 characters");
            assertThatThrownBy(() -> importFile(imports, new byte[6 * 1024 * 1024], "big.csv", list))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("larger than 5 MB");
            assertThatThrownBy(() -> importFile(imports, "METAL,NAME\nGold,Agosi\n".getBytes(StandardCharsets.UTF_8), "x.csv", list))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("No header row naming the smelter ID column");
            assertThatThrownBy(() -> importFile(imports, "SMELTER ID\n\"CID000035\n".getBytes(StandardCharsets.UTF_8), "q.csv", list))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("CSV cannot be read");
            assertThat(imports.imports()).isEmpty();
        }
    }

    private static SmelterFacts on(SmelterDirectory directory, String smelterId, String date) {
        return directory.facts(smelterId, LocalDate.parse(date)).orElseThrow();
    }

    /** RMI's Active list as an .xlsx, as its site generates it: "last modified" is the download's moment. */
    private static byte[] activeWorkbook(LocalDate downloaded) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Active");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            String[] names = {"metal", "Smelter  Id", "Standard Smelter Name", "Country Location", "Last Audit Date", "Audit Cycle",
                    "Reaudit In Progress"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Tungsten");
            row.createCell(1).setCellValue("CID002044");
            row.createCell(2).setCellValue("Wolfram Bergbau und Hutten AG");
            row.createCell(3).setCellValue("AUSTRIA");
            row.createCell(4).setCellValue(LocalDate.of(2023, 9, 1));
            row.getCell(4).setCellStyle(dateStyle);
            wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(
                    Date.from(downloaded.atTime(10, 0).toInstant(ZoneOffset.UTC))));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static RmapImportResult importFile(RmapImports imports, byte[] content, String name, RmapImportRequest request) {
        try {
            return imports.importFile(new ByteArrayInputStream(content), name, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestServices services(TestDatabase db) {
        EntityManager em = db.entityManagerFactory("registry-test").createEntityManager();
        TestServices t = new TestServices(em);
        t.tx(() -> t.referenceLists().importList(RmiTemplates.referenceList("6.5"), "RMI_CMRT_6.5.xlsx"));
        return t;
    }
}

package org.oretrace.app.it.filing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.kernel.Metal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year built the way a real one arrives: 77 suppliers solicited by a campaign, 58 CMRTs filled on RMI's
 * real templates (several versions and languages, company- and product-level) uploaded through the API, one smelter
 * reported under three look-up spellings, one name nobody can resolve, one smelter the OFAC list flags. The filing of
 * that year states 77 and 75% in its facts, its PDF and its HTML, and its Annex A and working file agree.
 */
class RealTemplateYearIT {

    private static final int YEAR = 2058;
    private static final int SOLICITED = 77;
    private static final int RESPONDING = 58;
    private static final List<String> VERSIONS = List.of("6.5", "6.4", "6.31");
    private static final List<String> LANGUAGES = List.of("English", "German", "French", "Chinese", "Spanish");
    private static final String UNRESOLVABLE = "Zzyzx Bullion Works Cooperative";
    /** Hits that RegistryApiIT and RegistryAdminBrowserIT decide themselves: this test leaves them open. */
    private static final Set<Integer> OTHER_TESTS_HITS = Set.of(44088, 32791, 24683);

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void aYearOfRealTemplateDeclarationsIsFiledWith77SuppliersAnd75Percent() throws Exception {
        long t0 = System.currentTimeMillis();
        String sanctionedId = confirmOneSanctionedSmelter();
        long t1 = System.currentTimeMillis();
        solicit();
        long t2 = System.currentTimeMillis();

        // look-up rows without an ID ("Smelter not listed" and the like) name no smelter
        List<LookupEntry> lookup = TemplateLookup.of("6.5").stream().filter(e -> e.smelterId() != null).toList();
        Map<String, LookupEntry> byId = new LinkedHashMap<>();
        lookup.forEach(e -> byId.putIfAbsent(e.smelterId(), e));
        List<String> ids = new ArrayList<>(byId.keySet());
        LookupEntry threeSpellings = threeSpellingsSmelter(lookup, sanctionedId);
        List<String> spellings = spellings(lookup, threeSpellings.smelterId());

        Set<String> typedIds = new TreeSet<>();
        List<byte[]> files = IntStream.rangeClosed(1, RESPONDING).parallel().mapToObj(i -> {
            CmrtFile file = CmrtFile.of(VERSIONS.get(i % VERSIONS.size()))
                    .language(LANGUAGES.get(i % LANGUAGES.size()))
                    .set("D8", "RY Supplier " + i + " GmbH").set("D16", String.format("ry-%03d@supplier.test", i))
                    .declare(Metal.TANTALUM).declare(Metal.GOLD).declare(Metal.TUNGSTEN).noSmelters().noProducts();
            if (i % 4 == 0) {
                file.set("D9", CmrtFile.PRODUCT_B).product("RY-P" + i, "Housing assembly " + i).product("RY-Q" + i, "Connector " + i);
            } else {
                file.set("D9", CmrtFile.COMPANY_A);
            }
            for (int k = 0; k < 5; k++) {
                String id = ids.get((i * 7 + k * 29) % ids.size());
                if (id.equals(threeSpellings.smelterId()) || id.equals(sanctionedId)) {
                    continue;
                }
                synchronized (typedIds) {
                    typedIds.add(id);
                }
                file.smelter(SmelterLine.byId(id));
            }
            if (i <= 3) {
                // no ID typed: the supplier picked one of the smelter's look-up names
                file.smelter(SmelterLine.byLookup(threeSpellings.metal(), spellings.get(i - 1)));
            }
            if (i == 5) {
                file.smelter(SmelterLine.notListed("Gold", UNRESOLVABLE, "Ghana"));
            }
            if (i == 7) {
                file.smelter(SmelterLine.byId(sanctionedId));
            }
            return file.toBytes();
        }).toList();

        long t3 = System.currentTimeMillis();
        for (int i = 1; i <= RESPONDING; i++) {
            JsonObject declaration = upload(String.format("RY-%03d", i), files.get(i - 1));
            assertThat(declaration.getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP", "RISK_REVIEW");
            FilingFixtures.accept(api, declaration);
        }

        long t4 = System.currentTimeMillis();
        System.out.printf("RealTemplateYearIT timing: sanctions %d ms, solicit %d ms, files %d ms, uploads %d ms%n",
                t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        Api.Response started = api.post("/api/filings/" + YEAR);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        Map<String, Integer> facts = api.get("/api/filings/" + YEAR + "/facts").json().getJsonArray("facts")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(f -> f.getString("key"), f -> f.getInt("value")));
        assertThat(facts).containsEntry("suppliersSolicited", SOLICITED).containsEntry("suppliersResponded", RESPONDING)
                .containsEntry("responseRatePercent", 75).containsEntry("declarationsAccepted", RESPONDING)
                .containsEntry("declarationsProductLevel", RESPONDING / 4)
                .containsEntry("declarationsCompanyLevel", RESPONDING - RESPONDING / 4);

        List<JsonObject> annex = api.get("/api/filings/" + YEAR + "/annex-a").jsonArray().getValuesAs(JsonObject.class);
        assertThat(annex).hasSize(facts.get("smeltersIdentified"));
        List<String> annexIds = annex.stream().map(r -> r.getString("smelterId")).toList();
        assertThat(new HashSet<>(annexIds)).as("one row per smelter").hasSize(annexIds.size());
        assertThat(annexIds).as("the smelter reported under three spellings, once")
                .containsOnlyOnce(threeSpellings.smelterId());
        assertThat(annex).filteredOn(r -> r.getString("smelterId").equals(threeSpellings.smelterId()))
                .extracting(r -> r.getInt("supplierCount")).containsExactly(3);
        // the registry ITs confirm other hits on the same server, and a supplier here may report those smelters too
        List<String> flagged = annex.stream().filter(r -> r.getBoolean("sanctioned")).map(r -> r.getString("smelterId")).toList();
        assertThat(flagged).contains(sanctionedId);
        for (String id : flagged) {
            assertThat(api.get("/api/smelters/" + id).json().getBoolean("sanctioned")).as(id + " flagged").isTrue();
        }
        assertThat(annex).filteredOn(r -> !r.getBoolean("sanctioned")).extracting(r -> r.getString("smelterId"))
                .doesNotContain(sanctionedId);
        Set<String> reported = new TreeSet<>(typedIds);
        reported.add(threeSpellings.smelterId());
        reported.add(sanctionedId);
        assertThat(reported).as("every Annex A smelter was reported by a supplier").containsAll(annexIds);
        assertThat(annex).extracting(r -> r.getString("name")).noneMatch(n -> n.contains("Zzyzx"));

        // the report and Annex A are Exhibit 1.01, a PDF of its own
        String pdf = pdfText(api.get("/api/filings/" + YEAR + "/documents/ex1-01.pdf").bytes());
        assertThat(pdf).contains("We identified approximately 77 suppliers")
                .contains("approximately 75% of the suppliers solicited (58 suppliers)")
                .contains("the " + annex.size() + " smelters and refiners listed in Annex A");
        for (JsonObject row : annex) {
            // names wrap inside their cell; the first word of each is on the page whatever the wrapping
            assertThat(pdf).contains(row.getString("name").split(" ")[0]);
        }

        String html = api.get("/api/filings/" + YEAR + "/documents/form-sd.html").body();
        assertThat(html).contains("We identified approximately 77 suppliers").contains("75%");
        JsonObject edgar = api.get("/api/filings/" + YEAR + "/edgar-check").json();
        assertThat(edgar.getBoolean("passed")).as(edgar.toString()).isTrue();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                api.get("/api/filings/" + YEAR + "/documents/smelters.xlsx").bytes()))) {
            Sheet sheet = wb.getSheet("Smelters");
            List<String> sheetIds = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheetIds.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(sheetIds).containsExactlyInAnyOrderElementsOf(annexIds);
            assertThat(wb.getSheet("Supplier status").getLastRowNum()).isEqualTo(SOLICITED);
        }
        ourCmrtRollsUp(annexIds);
    }

    /**
     * Issue 19: our own CMRT of the year, generated from the 58 accepted declarations into the newest blank CMRT uploaded
     * (this test's RMI 6.5, unless another test uploaded a newer one meanwhile): every metal the suppliers declare is
     * declared, the response rate band is 75 %'s, the Smelter List is Annex A, and intake reads it without an error.
     */
    private static void ourCmrtRollsUp(List<String> annexIds) throws Exception {
        Api.Response cover = api.putJson("/api/filings/" + YEAR + "/registrant", """
                {"name":"RY Holdings Inc.","stateOfIncorporation":"Delaware","commissionFileNumber":"001-58058",
                 "address":"1 Test Way, Springfield","contactName":"Jane Doe","contactPhone":"+1 555 0158",
                 "signerName":"John Roe","signerTitle":"General Counsel","website":"www.ry.test"}
                """);
        assertThat(cover.status()).as(cover.toString()).isEqualTo(200);
        Api.Response settings = api.putJson("/api/rollups/" + YEAR + "/cmrt/settings", """
                {"productLevel":true,"products":["RY-GB1 | Gearbox 1","RY-GB2 | Gearbox 2"],"contactEmail":"jane.doe@ry.test",
                 "authorizerEmail":"john.roe@ry.test","authorizerPhone":"+1 555 0159","policyUrl":"https://ry.test/policy"}
                """);
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        Api.Response override = api.putJson("/api/rollups/" + YEAR + "/cmrt/overrides/C",
                "{\"answer\":\"Yes\",\"reason\":\"Our purchasing terms require RMAP smelters (clause 14)\"}");
        assertThat(override.status()).as(override.toString()).isEqualTo(200);
        Api.Response generated = api.post("/api/rollups/" + YEAR + "/cmrt");
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        String sha = generated.json().getString("sha256");

        JsonObject cmrt = api.get("/api/rollups/" + YEAR + "/cmrt").json();
        Map<String, JsonObject> answers = cmrt.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("key"), a -> a));
        for (String metal : List.of("TANTALUM", "TIN", "GOLD", "TUNGSTEN")) {
            assertThat(answers.get("1." + metal).getString("answer")).isEqualTo("Yes");
            assertThat(answers.get("1." + metal).getJsonArray("declarations")).hasSize(RESPONDING);
            assertThat(answers.get("6." + metal).getString("answer")).isEqualTo("Greater than 75%");
        }
        assertThat(answers.get("C").getString("answer")).isEqualTo("Yes");
        assertThat(answers.get("C").getString("generated")).isEqualTo("No");
        assertThat(answers.get("C").getString("overrideReason")).isEqualTo("Our purchasing terms require RMAP smelters (clause 14)");

        Api.Response file = api.get("/api/rollups/" + YEAR + "/cmrt.xlsx");
        assertThat(file.status()).isEqualTo(200);
        byte[] bytes = file.bytes();
        assertThat(org.oretrace.filing.domain.FilingDocument.sha256(bytes)).isEqualTo(sha);
        org.oretrace.intake.domain.Declaration d = new org.oretrace.intake.domain.Declaration(
                new org.oretrace.intake.domain.StoredFile(bytes, "our.xlsx", java.time.Instant.now(), "it",
                        org.oretrace.intake.domain.Channel.UPLOAD), "our.xlsx", org.oretrace.intake.domain.Channel.UPLOAD,
                java.time.Instant.now(), "it");
        new org.oretrace.intake.application.DeclarationReading(new org.oretrace.intake.infrastructure.CmrtReader(),
                org.oretrace.intake.testing.TemplateSmelterDirectory.ofVersions(List.of("6.01", "6.1", "6.22", "6.31", "6.4", "6.5")))
                // read on the server's day: our CMRT is dated by the application clock, which other ITs may have advanced
                .read(d, bytes, LocalDate.parse(Api.asAdmin().get("/api/clock").json().getString("today")), java.time.Instant.now());
        assertThat(d.getFindings()).as("intake reads our CMRT back without an error")
                .noneMatch(f -> f.getSeverity() == org.oretrace.intake.domain.Severity.ERROR);
        assertThat(d.getCompany().getName()).isEqualTo("RY Holdings Inc.");
        assertThat(d.getProducts()).hasSize(2);
        Set<String> ourSmelters = d.getSmelters().stream().map(org.oretrace.intake.domain.SmelterRow::getResolvedSmelterId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ourSmelters).as("our Smelter List is Annex A")
                .isEqualTo(new TreeSet<>(annexIds));
        assertThat(d.getAnswers()).filteredOn(a -> "C".equals(a.getQuestion())).extracting(a -> a.getAnswer()).containsExactly("Yes");
    }

    /**
     * Imports the real SDN list (the same file the registry ITs import, so their counts and the newest list stay as
     * they expect) and confirms one smelter hit that neither of them decides.
     */
    private static String confirmOneSanctionedSmelter() throws IOException {
        byte[] sdn = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "reference", "ofac-sdn-2024-05-03.csv"));
        Api.Response imported = api.postFile("/api/sanctions/lists", "file", "ofac-sdn-2024-05-03.csv", sdn);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        JsonObject screening = api.awaitScreening(imported);
        assertThat(screening.getString("state")).as(screening.toString()).isEqualTo("FINISHED");
        Set<String> templateIds = TemplateLookup.of("6.5").stream().map(LookupEntry::smelterId).collect(Collectors.toSet());
        JsonObject hit = api.get("/api/screening/hits").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("subjectType").equals("SMELTER"))
                .filter(h -> !OTHER_TESTS_HITS.contains(h.getInt("sdnEntryNumber")))
                .filter(h -> templateIds.contains(h.getString("subjectRef")))
                .filter(h -> !h.getString("status").equals("DISMISSED"))
                .findFirst().orElseThrow(() -> new AssertionError("no smelter hit of its own to confirm"));
        if (!hit.getString("status").equals("CONFIRMED")) {
            Api.Response confirmed = api.postJson("/api/screening/hits/" + hit.getInt("id") + "/confirm",
                    "{\"reason\":\"Same refinery, checked against the SDN entry\"}");
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        }
        String id = hit.getString("subjectRef");
        assertThat(api.get("/api/smelters/" + id).json().getBoolean("sanctioned")).isTrue();
        return id;
    }

    private static void solicit() throws IOException {
        for (String category : List.of("RY Parts", "RY Castings")) {
            Api.Response created = api.postJson("/api/supplier-categories", "{\"name\":\"" + category + "\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        for (int i = 1; i <= SOLICITED; i++) {
            String number = String.format("RY-%03d", i);
            Api.Response created = api.postJson("/api/suppliers", """
                    {"supplierNumber":"%s","name":"RY Supplier %d GmbH","category":"%s","inScope":true,"country":"Germany",
                     "ownerName":"Buyer","ownerEmail":"buyer.ry@corp.test",
                     "contacts":[{"name":"Contact %d","email":"%s@supplier.test","language":"en","primary":true}]}
                    """.formatted(number, i, i % 2 == 0 ? "RY Parts" : "RY Castings", i, number.toLowerCase(Locale.ROOT)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["RY Parts","RY Castings"],"senderName":"Jane Doe, Compliance"}
                """.formatted(YEAR, LocalDate.of(YEAR + 1, 3, 31)));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        byte[] blank = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "rmi-templates", "RMI_CMRT_6.5.xlsx"));
        Api.Response template = api.postFile("/api/campaigns/" + YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blank);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(SOLICITED);
    }

    private static JsonObject upload(String supplierNumber, byte[] cmrt) {
        return api.uploadResponse(supplierNumber, YEAR, cmrt);
    }

    /** A smelter of the real look-up list with at least three different look-up names. */
    private static LookupEntry threeSpellingsSmelter(List<LookupEntry> lookup, String sanctionedId) {
        Map<String, Set<String>> names = new TreeMap<>();
        lookup.forEach(e -> names.computeIfAbsent(e.smelterId(), k -> new TreeSet<>()).add(normalize(e.lookupName())));
        String id = names.entrySet().stream().filter(e -> e.getValue().size() >= 3 && !e.getKey().equals(sanctionedId))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no smelter with three look-up names"));
        return lookup.stream().filter(e -> e.smelterId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> spellings(List<LookupEntry> lookup, String id) {
        Map<String, String> distinct = new LinkedHashMap<>();
        lookup.stream().filter(e -> e.smelterId().equals(id)).forEach(e -> distinct.putIfAbsent(normalize(e.lookupName()), e.lookupName()));
        return distinct.values().stream().limit(3).toList();
    }

    private static String normalize(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}

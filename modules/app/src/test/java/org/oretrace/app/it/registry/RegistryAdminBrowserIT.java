package org.oretrace.app.it.registry;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's administration through the browser: an administrator uploads RMI's reference list,
 * RMAP statuses and an OFAC SDN excerpt on the imports page; a compliance officer decides the
 * sanctions hits on the review screen, and the confirmed smelter is flagged everywhere and audited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryAdminBrowserIT {

    /** The two true matches of the 3 May 2024 snapshot, and a look-alike a reviewer dismisses. */
    private static final String AFRICAN_GOLD_REFINERY = "CID003185";
    private static final int AGR_ENTRY = 32791;
    private static final int URALELEKTROMED_ENTRY = 44088;
    private static final int YAMAKI_ENTRY = 24683;

    @Test
    @Order(1)
    void anAdministratorUploadsTheReferenceListRmapStatusesAndAnSdnExcerptAndSeesTheCounts() throws IOException {
        // not under the IT work directory: the first server start of a run empties it
        Path work = Files.createTempDirectory("oretrace-registry-admin");
        Path rmap = work.resolve("rmap-status.csv");
        Files.writeString(rmap, """
                Smelter ID,Metal,Standard Smelter Name,RMAP Status,Status Date,Country
                CID002557,Tantalum,Global Advanced Metals Boyertown,Conformant,2024-01-31,USA
                CID000291,Tantalum,Guangdong Rising Rare Metals-EO Materials Ltd.,Under Review,15-Mar-2024,China
                CID999997,Tantalum,Nobody,Conformant,2024-01-31,Nowhere
                """, StandardCharsets.UTF_8);
        // RMI's Conformant list as downloaded: a title line with the date, an "Sl #" column, no status column
        Path conformant = work.resolve("rmi-conformant.csv");
        Files.writeString(conformant, """
                Conformant Smelters & Refiners - downloaded 2095-03-01
                Sl #,METAL,SMELTER ID,STANDARD SMELTER NAME,COUNTRY LOCATION,LAST AUDIT DATE,AUDIT CYCLE,REAUDIT IN PROGRESS
                1,Tantalum,CID002557,Global Advanced Metals Boyertown,UNITED STATES OF AMERICA,2094-11-02,12 Months,No
                2,Tantalum,CID000291,Guangdong Rising Rare Metals-EO Materials Ltd.,CHINA,2094-06-20,12 Months,Yes
                """, StandardCharsets.UTF_8);
        Path sdn = writeSdnExcerpt(work.resolve("sdn-excerpt.csv"));

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/admin/imports.xhtml");
            browser.find(By.id("referenceForm:workbook_input")).sendKeys(RegistryApiIT.shared("rmi-templates/RMI_CMRT_6.5.xlsx")
                    .toAbsolutePath().normalize().toString());
            browser.click(By.id("referenceForm:importWorkbook"));
            browser.waitForText("Imported CMRT 6.5");
            assertThat(browser.find(By.id("messages")).getText())
                    .contains("Imported CMRT 6.5: 349 smelters").contains("0 new, 0 changed, 349 unchanged, 0 no longer listed");
            assertThat(browser.find(By.id("imports")).getText()).contains("RMI_CMRT_6.5.xlsx");

            // a table with a status column: read first, the latest date it carries offered, then imported
            browser.find(By.id("rmapUpload:rmapFile_input")).sendKeys(rmap.toAbsolutePath().normalize().toString());
            browser.waitForText("a table with a status column and a date per row");
            assertThat(browser.find(By.id("rmapForm:rmapAsOf")).getAttribute("value")).isEqualTo("2024-03-15");
            browser.click(By.id("rmapForm:importRmap"));
            browser.waitForText("3 rows,");
            assertThat(browser.find(By.id("messages")).getText())
                    .contains("Status table rmap-status.csv as of 2024-03-15: 3 rows, 2 added, 0 updated, 0 unchanged, 1 for smelters not in the registry")
                    .contains("Statuses without a category yet (map them below): Under Review");

            // one of RMI's lists: no status column, so the page asks which list; the date in its title line is offered
            browser.find(By.id("rmapUpload:rmapFile_input")).sendKeys(conformant.toAbsolutePath().normalize().toString());
            browser.waitForText("one of RMI's lists");
            assertThat(browser.find(By.id("rmapForm:rmapFileText")).getText()).contains("Date found in the line").contains("2095-03-01");
            assertThat(browser.find(By.id("rmapForm:rmapAsOf")).getAttribute("value")).isEqualTo("2095-03-01");
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("rmapForm:rmapList"))).selectByVisibleText("RMI Conformant list");
            browser.click(By.id("rmapForm:importRmap"));
            browser.waitForText("RMI Conformant list as of 2095-03-01: 2 rows, ");
            assertThat(browser.find(By.id("rmapImports")).getText()).contains("RMI Conformant list").containsPattern("Mar 1, 2095|1 Mar 2095")
                    .contains("rmi-conformant.csv");
            assertThat(browser.find(By.id("vocabulary:terms")).getText()).containsIgnoringCase("under review");

            browser.find(By.id("sdnForm:sdnCsv_input")).sendKeys(sdn.toAbsolutePath().normalize().toString());
            browser.type(By.id("sdnForm:sdnDate_input"), "2024-05-02");
            browser.click(By.id("sdnForm:importSdn"));
            browser.waitForText("SDN list of 2024-05-02");
            String message = browser.find(By.id("messages")).getText();
            assertThat(message).contains("SDN list of 2024-05-02: 303 entries").contains("Screening all smelters against it");
            // the counts come at once; the screening runs in the background and the page follows its progress to the end
            // (the page's poll re-renders the bar every second: only its presence is checked, not a stale reference)
            assertThat(browser.findAll(By.id("screeningForm:screeningProgress"))).isNotEmpty();
            browser.waitForText("Screening finished:");
            // the poll has stopped; let the last update settle before reading the page
            browser.waitForAjax();
            assertThat(browser.find(By.id("screeningForm:screeningText")).getText())
                    .matches("Screening finished: \\d+ hit\\(s\\), \\d+ new; \\d+ wait for a decision\\.");
            assertThat(browser.find(By.id("screeningForm:screeningProgress")).getText()).contains("100%");
            // the list's row was read again when the screening finished
            assertThat(browser.find(By.xpath("//tbody[@id='lists_data']/tr[td[normalize-space()='May 2, 2024']]")).getText())
                    .contains("303").contains(" hits, ");
            assertThat(browser.consoleErrors()).isEmpty();
        }
        JsonObject boyertown = Api.asAdmin().get("/api/smelters/CID002557?on=2094-12-31").json();
        assertThat(boyertown.getString("rmapCategory")).isEqualTo("CONFORMANT");
        assertThat(Api.asAdmin().get("/api/smelters/CID002557?on=2094-12-31").json().getJsonArray("statusHistory")
                .getValuesAs(JsonObject.class)).anySatisfy(h -> assertThat(h.getString("statusDate")).isEqualTo("2024-01-31"));
        JsonObject listed = Api.asAdmin().get("/api/smelters/CID000291?on=2095-03-01").json();
        assertThat(listed.getString("rmapCategory")).isEqualTo("CONFORMANT");
        assertThat(listed.getString("rmapSource")).isEqualTo("RMI Conformant list");
        assertThat(listed.getBoolean("reauditInProgress")).isTrue();
        List<JsonObject> open = Api.asAdmin().get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class);
        assertThat(open).anySatisfy(h -> {
            assertThat(h.getString("subjectRef")).isEqualTo(AFRICAN_GOLD_REFINERY);
            assertThat(h.getInt("sdnEntryNumber")).isEqualTo(AGR_ENTRY);
        });
        assertThat(open).anySatisfy(h -> assertThat(h.getInt("sdnEntryNumber")).isEqualTo(YAMAKI_ENTRY));
        List<JsonObject> runs = Api.asAdmin().get("/api/screening/runs").jsonArray().getValuesAs(JsonObject.class);
        assertThat(runs.get(0).getString("state")).isEqualTo("FINISHED");
        assertThat(runs.get(0).getString("listDate")).isEqualTo("2024-05-02");
        assertThat(runs.get(0).getInt("done")).isEqualTo(415); // every smelter of CMRT 6.01 to 6.5
    }

    @Test
    @Order(2)
    void aComplianceOfficerConfirmsOneHitDismissesAnotherAndTheSmelterIsFlaggedAndAudited() {
        Api.newUser("sanctions-officer", "COMPLIANCE", "sanctions-officer-1");
        try (Browser browser = Browser.open()) {
            browser.login("sanctions-officer", "sanctions-officer-1");
            browser.go("/registry/sanctions.xhtml");
            String agr = "//tr[.//a[normalize-space()='" + AFRICAN_GOLD_REFINERY + "'] and .//span[contains(@class,'ot-sdn-name') "
                    + "and starts-with(normalize-space(), '" + AGR_ENTRY + " ')]]";
            browser.type(By.xpath(agr + "//input[contains(@id,'reason')]"), "Same refinery in Entebbe, OFAC DRC program");
            browser.click(By.xpath(agr + "//button[contains(@id,'confirm')]"));
            browser.waitForText("confirmed as SDN entry " + AGR_ENTRY);

            String yamaki = "//tr[.//span[contains(@class,'ot-sdn-name') and starts-with(normalize-space(), '" + YAMAKI_ENTRY + " ')]]";
            String yamakinId = browser.find(By.xpath(yamaki + "//a")).getText().strip();
            // a dismissal without a reason is refused on screen
            browser.click(By.xpath(yamaki + "//button[contains(@id,'dismiss')]"));
            browser.waitForText("A dismissal needs a reason");
            browser.type(By.xpath(yamaki + "//input[contains(@id,'reason')]"), "YAMAKI K.K. is a different company");
            browser.click(By.xpath(yamaki + "//button[contains(@id,'dismiss')]"));
            browser.waitForText("Hit dismissed");
            // both left the queue of open hits (the supplier of the same name may still wait there)
            assertThat(browser.findAll(By.xpath(agr))).isEmpty();
            assertThat(browser.findAll(By.xpath(yamaki))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();

            // the screening runs again by hand; the page follows its progress and lists it
            browser.click(By.id("hits:rescreen"));
            browser.waitForText("Screening finished:");
            assertThat(browser.find(By.id("runs:history")).getText()).contains("sanctions-officer").contains("Finished");

            browser.go("/registry/smelters.xhtml");
            browser.type(By.id("browser:text"), AFRICAN_GOLD_REFINERY);
            browser.click(By.id("browser:search"));
            browser.waitForText("1 smelters");
            assertThat(browser.find(By.id("browser:table")).getText()).contains("African Gold Refinery").contains("sanctioned");

            // the decisions survived the screening
            browser.go("/registry/smelter.xhtml?id=" + AFRICAN_GOLD_REFINERY);
            assertThat(browser.find(By.id("sanctioned")).getText()).isEqualTo("sanctioned");
            assertThat(browser.find(By.id("hits")).getText()).contains("Confirmed: Same refinery in Entebbe").contains("sanctions-officer");
            browser.go("/registry/smelter.xhtml?id=" + yamakinId);
            assertThat(browser.find(By.id("hits")).getText()).contains("Dismissed: YAMAKI K.K. is a different company");
            assertThat(browser.findAll(By.id("sanctioned"))).isEmpty();

            browser.go("/audit.xhtml");
            browser.type(By.id("audit:text"), AFRICAN_GOLD_REFINERY);
            browser.click(By.id("audit:search"));
            browser.waitForText("confirmed as a true match");
            assertThat(browser.find(By.id("audit:entries")).getText()).contains("sanctions-officer").contains("confirmed")
                    .contains("SMELTER " + AFRICAN_GOLD_REFINERY).contains("Same refinery in Entebbe");
            browser.type(By.id("audit:text"), yamakinId);
            browser.click(By.id("audit:search"));
            browser.waitForText("dismissed: YAMAKI K.K. is a different company");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The first 300 entries of OFAC's snapshot of 3 May 2024, plus both true matches and one look-alike. */
    private static Path writeSdnExcerpt(Path file) throws IOException {
        List<String> lines = Files.readAllLines(RegistryApiIT.shared("reference/ofac-sdn-2024-05-03.csv"), StandardCharsets.ISO_8859_1);
        List<String> excerpt = new ArrayList<>(lines.subList(0, 300));
        for (int entry : new int[]{AGR_ENTRY, URALELEKTROMED_ENTRY, YAMAKI_ENTRY}) {
            String line = lines.stream().filter(l -> l.startsWith(entry + ",")).findFirst().orElseThrow();
            if (!excerpt.contains(line)) {
                excerpt.add(line);
            }
        }
        Files.write(file, excerpt, StandardCharsets.ISO_8859_1);
        return file;
    }
}

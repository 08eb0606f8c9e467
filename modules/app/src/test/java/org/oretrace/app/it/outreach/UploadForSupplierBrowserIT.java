package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.Repackage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload screen for a supplier chosen in its picker: every file of the batch, a zip's workbooks
 * included, is that supplier's and counts as its response in the campaign. (The supplier used to be
 * lost: the upload listener ran before the fields' values reached the bean.)
 */
class UploadForSupplierBrowserIT {

    private static final int YEAR = 2066;
    private static final Api api = Api.asAdmin();

    @Test
    void filesUploadedForTheChosenSupplierCountAsItsResponse() throws Exception {
        OutreachFixtures.createCategories(api, "UP Parts");
        OutreachFixtures.createSuppliers(api, "UP", 2, "UP Parts");
        OutreachFixtures.createAndLaunch(api, YEAR, LocalDate.of(YEAR + 1, 3, 31), "[\"UP Parts\"]");
        assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(2);
        assertThat(summary()).isEqualTo("0 of 2, 0%");
        long supplier = api.get("/api/suppliers/UP-001").json().getJsonNumber("id").longValue();

        // nothing in these files points to UP-001: only the person's choice links them
        Path dir = Files.createTempDirectory("upload-supplier-it");
        Path file = Files.write(dir.resolve("UP-001 CMRT.xlsx"),
                CmrtFile.of("6.5").set("D8", "Unrelated Name Trading").set("D16", "someone@gmail.com").toBytes());
        Path zip = Files.write(dir.resolve("UP-001 sites.zip"), Repackage.zip(Map.of("site-b.xlsx",
                CmrtFile.of("6.5").set("D8", "Another Unrelated Site").set("D16", "else@gmail.com").toBytes())));

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            browser.type(By.id("upload:supplier_input"), "up-001");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space(.)='UP Supplier 1 GmbH (UP-001)']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    String.valueOf(YEAR).equals(browser.find(By.id("upload:year_input")).getAttribute("value")));

            browser.find(By.cssSelector("input[type=file]")).sendKeys(file + "\n" + zip);
            awaitLines(browser, 2);
            String results = browser.find(By.id("resultsForm:results")).getText();
            assertThat(line(results, "UP-001 CMRT.xlsx")).contains("for UP Supplier 1 GmbH (UP-001), " + YEAR);
            assertThat(line(results, "site-b.xlsx")).contains("UP-001 sites.zip")
                    .contains("for UP Supplier 1 GmbH (UP-001), " + YEAR);

            // a year typed by hand (no request of its own, unlike the picker) applies to the very first file sent
            Path later = Files.write(dir.resolve("UP-002 next year.xlsx"),
                    CmrtFile.of("6.5").set("D8", "Third Unrelated Name").set("D16", "third@gmail.com").toBytes());
            browser.type(By.id("upload:supplier_input"), "UP-002");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space(.)='UP Supplier 2 GmbH (UP-002)']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    String.valueOf(YEAR).equals(browser.find(By.id("upload:year_input")).getAttribute("value")));
            browser.find(By.id("upload:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(YEAR + 1), Keys.TAB);
            browser.find(By.cssSelector("input[type=file]")).sendKeys(later.toString());
            awaitLines(browser, 3);
            assertThat(line(browser.find(By.id("resultsForm:results")).getText(), "UP-002 next year.xlsx"))
                    .contains("for UP Supplier 2 GmbH (UP-002), " + (YEAR + 1));
            assertThat(browser.consoleErrors()).isEmpty();
        }

        List<JsonObject> mine = api.get("/api/declarations?supplier=" + supplier).jsonArray().getValuesAs(JsonObject.class);
        assertThat(mine).as("declarations of UP-001").hasSize(2);
        for (JsonObject summary : mine) {
            JsonObject d = api.get("/api/declarations/" + summary.getJsonNumber("id").longValue()).json();
            assertThat(d.getInt("reportingYear")).isEqualTo(YEAR);
            assertThat(d.getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");
        }
        JsonObject request = api.get("/api/campaigns/" + YEAR + "/requests").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("supplierNumber").equals("UP-001")).findFirst().orElseThrow();
        assertThat(request.getString("state")).isIn("RESPONDED", "NEEDS_FOLLOW_UP");
        assertThat(summary()).as("UP-002's file is for the next year").isEqualTo("1 of 2, 50%");
        long second = api.get("/api/suppliers/UP-002").json().getJsonNumber("id").longValue();
        List<JsonObject> next = api.get("/api/declarations?supplier=" + second).jsonArray().getValuesAs(JsonObject.class);
        assertThat(next).hasSize(1);
        assertThat(next.get(0).getInt("reportingYear")).isEqualTo(YEAR + 1);
    }

    private static void awaitLines(Browser browser, int lines) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d ->
                    browser.findAll(By.cssSelector("#resultsForm\\:results tbody tr.ot-result")).size() >= lines);
        } catch (RuntimeException e) {
            throw new AssertionError("Upload did not finish; screenshot " + browser.screenshot("upload-supplier")
                    + ", console " + browser.consoleErrors() + ", page:\n" + browser.pageText(), e);
        }
        browser.waitForAjax();
    }

    private static String line(String table, String fileName) {
        return table.lines().filter(l -> l.contains(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " has no result line in:\n" + table));
    }

    private static String summary() {
        return api.get("/api/campaigns/" + YEAR + "/statistics").json().getString("summary");
    }
}

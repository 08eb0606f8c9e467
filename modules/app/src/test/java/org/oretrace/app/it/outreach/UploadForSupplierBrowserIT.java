package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload screen for a chosen supplier: the file is that supplier's response in the campaign. */
class UploadForSupplierBrowserIT {

    private static final int YEAR = 2066;
    private static final Api api = Api.asAdmin();

    @Test
    void aFileUploadedForASupplierCountsAsItsResponse() throws Exception {
        OutreachFixtures.createCategories(api, "UP Parts");
        OutreachFixtures.createSuppliers(api, "UP", 2, "UP Parts");
        OutreachFixtures.createAndLaunch(api, YEAR, LocalDate.of(YEAR + 1, 3, 31), "[\"UP Parts\"]");
        assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(2);
        assertThat(summary()).isEqualTo("0 of 2, 0%");
        long supplier = api.get("/api/suppliers/UP-001").json().getJsonNumber("id").longValue();

        Path dir = Files.createTempDirectory("upload-supplier-it");
        Path file = Files.write(dir.resolve("UP-001 CMRT.xlsx"),
                CmrtFile.of("6.5").set("D8", "Unrelated Name Trading").set("D16", "someone@gmail.com").toBytes());

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            browser.type(By.id("upload:year_input"), String.valueOf(YEAR));
            browser.type(By.id("upload:supplier_input"), String.valueOf(supplier));
            browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            awaitLines(browser, 1);
        }

        List<JsonObject> mine = api.get("/api/declarations?supplier=" + supplier).jsonArray().getValuesAs(JsonObject.class);
        assertThat(mine).as("declarations of UP-001").hasSize(1);
        assertThat(summary()).isEqualTo("1 of 2, 50%");
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

    private static String summary() {
        return api.get("/api/campaigns/" + YEAR + "/statistics").json().getString("summary");
    }
}

package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own CMRT on its screen: what is missing is named, the addresses are saved, an answer is overridden with a reason,
 * the draft is generated into RMI's real blank 6.5 and downloaded with the browser's session; a viewer only reads.
 */
class OurCmrtBrowserIT {

    private static final int YEAR = 2037;

    @Test
    void aComplianceOfficerOverridesAnAnswerGeneratesAndDownloadsOurCmrt() throws Exception {
        Api admin = Api.asAdmin();
        Api.Response category = admin.postJson("/api/supplier-categories", "{\"name\":\"OC Parts\"}");
        assertThat(category.status()).as(category.toString()).isIn(201, 400);
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","categories":["OC Parts"],"senderName":"Jane Doe"}
                """.formatted(YEAR, YEAR + 1));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        byte[] blank = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "rmi-templates", "RMI_CMRT_6.5.xlsx"));
        Api.Response uploaded = admin.postFile("/api/campaigns/" + YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blank);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(admin.post("/api/filings/" + YEAR).status()).isEqualTo(200);
        Api.Response cover = admin.putJson("/api/filings/" + YEAR + "/registrant", """
                {"name":"OC Gearboxes Inc.","stateOfIncorporation":"Ohio","commissionFileNumber":"001-37037",
                 "address":"2 Test Road, Dayton","contactName":"Ann Chen","contactPhone":"+1 555 0137",
                 "signerName":"Bo Martin","signerTitle":"CEO","website":"www.oc.test"}
                """);
        assertThat(cover.status()).as(cover.toString()).isEqualTo(200);

        Api.newUser("cmrt-officer", "COMPLIANCE", "cmrt-officer-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("cmrt-officer", "cmrt-officer-password-1");
            browser.go("/filing/rollup.xhtml?year=" + YEAR);
            assertThat(browser.pageText()).contains("Our CMRT " + YEAR).contains("Before generating, our CMRT needs")
                    .contains("the contact's email");
            browser.click(By.id("rollup:generate"));
            browser.waitForText("Our CMRT needs");

            browser.type(By.id("rollup:contactEmail"), "ann.chen@oc.test");
            browser.type(By.id("rollup:authorizerEmail"), "bo.martin@oc.test");
            browser.type(By.id("rollup:policyUrl"), "https://oc.test/minerals-policy");
            browser.click(By.id("rollup:save"));
            browser.waitForText("Saved");
            assertThat(browser.findAll(By.id("rollup:missing"))).isEmpty();

            browser.click(By.xpath("//button[@aria-label='Override Company question C']"));
            browser.waitForAjax();
            // as a person does: open the menu, wait until its panel has finished opening (a click during PrimeFaces'
            // opening transition is lost, and clicking the menu again meanwhile made PrimeFaces' script fail), pick "Yes"
            org.openqa.selenium.support.ui.WebDriverWait wait =
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30));
            browser.click(By.id("rollup:overrideAnswer"));
            wait.until(d -> d.findElement(By.id("rollup:overrideAnswer_panel")).getAttribute("class")
                    .contains("ui-connected-overlay-enter-done"));
            browser.click(By.xpath("//li[@data-label='Yes' and ancestor::*[@id='rollup:overrideAnswer_panel']]"));
            wait.until(d -> "Yes".equals(d.findElement(By.id("rollup:overrideAnswer_label")).getText()));
            browser.type(By.id("rollup:overrideReason"), "Clause 14 of our purchasing terms");
            browser.click(By.id("rollup:overrideSave"));
            browser.waitForText("overridden by cmrt-officer");
            assertThat(browser.find(By.id("rollup:answers")).getText()).contains("Clause 14 of our purchasing terms")
                    .contains("Yes — overridden by cmrt-officer (the roll-up says No)");

            browser.click(By.id("rollup:generate"));
            browser.waitForText("Version 1 generated");
            assertThat(browser.find(By.id("rollup:versions")).getText()).contains("Draft").contains("RMI_CMRT_6.5.xlsx");
            String href = browser.find(By.xpath("//table//a[contains(., 'version 1 (.xlsx)')]")).getAttribute("href");
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                            + " + r.headers.get('X-Content-SHA256') + ' ' + b.byteLength)));", href);
            String[] parts = answer.toString().split(" ");
            assertThat(parts[0]).isEqualTo("200");
            assertThat(parts[1]).hasSize(64);
            assertThat(Integer.parseInt(parts[2])).isGreaterThan(100_000);
            assertThat(browser.consoleErrors()).isEmpty();
        }
        JsonObject cmrt = admin.get("/api/rollups/" + YEAR + "/cmrt").json();
        assertThat(cmrt.getJsonObject("current").getString("templateVersion")).isEqualTo("6.5");
        assertThat(admin.get("/api/audit?type=Company%20CMRT").body()).contains("Clause 14 of our purchasing terms");

        Api.newUser("cmrt-reader", "VIEWER", "cmrt-reader-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("cmrt-reader", "cmrt-reader-password-1");
            browser.go("/filing/rollup.xhtml?year=" + YEAR);
            assertThat(browser.find(By.id("rollup:contactEmail")).getAttribute("disabled")).isNotNull();
            assertThat(browser.findAll(By.id("rollup:generate"))).isEmpty();
            assertThat(browser.findAll(By.xpath("//button[@aria-label='Override Company question C']"))).isEmpty();
        }
    }
}

package org.oretrace.app.it.screens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.screens.NextToField.assertMessage;

/**
 * Issue 17, filing's forms: the workspace (cover page, report text, reporting period) and the roll-up's override dialog
 * say what is wrong next to the field; the dialog stays open with its message. One browser, signed in once.
 */
class FilingFormsBrowserIT {

    private static final int ROLLUP_YEAR = 2064;
    private static final int WORKSPACE_YEAR = 2065;
    private static Browser browser;

    @BeforeAll
    static void aFilingAndARollUp() throws Exception {
        Api admin = Api.asAdmin();
        assertThat(admin.post("/api/filings/" + WORKSPACE_YEAR).status()).isEqualTo(200);
        Api.Response category = admin.postJson("/api/supplier-categories", "{\"name\":\"H17 Filing Parts\"}");
        assertThat(category.status()).as(category.toString()).isIn(201, 400);
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","categories":["H17 Filing Parts"],"senderName":"Jane Doe"}
                """.formatted(ROLLUP_YEAR, ROLLUP_YEAR + 1));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        byte[] blank = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "rmi-templates", "RMI_CMRT_6.5.xlsx"));
        Api.Response uploaded = admin.postFile("/api/campaigns/" + ROLLUP_YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blank);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(admin.post("/api/filings/" + ROLLUP_YEAR).status()).isEqualTo(200);
        browser = Browser.open();
        browser.loginAsAdmin();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theWorkspaceSaysWhatIsWrongNextToTheField() {
        browser.go("/filing/workspace.xhtml?year=" + WORKSPACE_YEAR);
        browser.type(By.id("ws:tabs:name"), "Seventeen Forms Gearboxes, Inc.");
        browser.type(By.id("ws:tabs:fileNo"), "35456");
        browser.click(By.id("ws:tabs:saveCover"));
        assertMessage(browser, "ws:tabs:fileNo", "A Commission file number looks like 001-35456 (3 digits, a hyphen, 4 to 6"
                + " digits), not 35456: copy it from the cover of your last Form 10-K, or leave it empty");
        browser.screenshot("h17-forms-workspace-cover");
        // the rule is the application's: the API refuses the same number
        Api.Response refused = Api.asAdmin().putJson("/api/filings/" + WORKSPACE_YEAR + "/registrant",
                "{\"name\":\"Seventeen Forms Gearboxes, Inc.\",\"commissionFileNumber\":\"35456\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("A Commission file number looks like 001-35456");

        browser.click(By.xpath("//a[contains(., 'Report text')]"));
        browser.find(By.id("ws:tabs:sectionList:0:text")).sendKeys(" {noSuchFigure}");
        browser.click(By.id("ws:tabs:saveText"));
        assertMessage(browser, "ws:tabs:sectionList:0:text", "Unknown placeholders stay as typed: {noSuchFigure}: correct them to"
                + " one of the list under Placeholders below");
        browser.screenshot("h17-forms-workspace-text");

        browser.click(By.xpath("//a[contains(., 'Annex A')]"));
        // the date pickers' text fields are set directly: typing races the pickers' own formatting
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('ws:tabs:periodStart_input').value = '" + WORKSPACE_YEAR + "-12-31';"
                        + "document.getElementById('ws:tabs:periodEnd_input').value = '" + WORKSPACE_YEAR + "-01-01';");
        browser.click(By.id("ws:tabs:saveOptions"));
        assertMessage(browser, "ws:tabs:periodEnd", "The reporting period must end on or after its first day: choose an end on"
                + " or after " + WORKSPACE_YEAR + "-12-31");
        browser.screenshot("h17-forms-workspace-period");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theRollUpsOverrideAsksForTheReasonAndStaysOpen() {
        browser.go("/filing/rollup.xhtml?year=" + ROLLUP_YEAR);
        browser.click(By.xpath("//button[@aria-label='Override Company question C']"));
        browser.waitForAjax();
        assertThat(browser.find(By.id("rollup:overrideDialog")).isDisplayed()).isTrue();
        browser.click(By.id("rollup:overrideSave"));
        assertMessage(browser, "rollup:overrideReason", "An override needs a reason: write why our answer differs from the roll-up");
        assertThat(browser.find(By.id("rollup:overrideDialog")).isDisplayed()).as("the dialog stays open").isTrue();
        browser.screenshot("h17-forms-rollup-override");
        assertThat(browser.find(By.id("rollup:answers")).getText()).doesNotContain("overridden by");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theRollUpsAddressesAreCheckedNextToTheirFields() {
        browser.go("/filing/rollup.xhtml?year=" + ROLLUP_YEAR);
        browser.type(By.id("rollup:contactEmail"), "ann.chen at example");
        browser.click(By.id("rollup:save"));
        assertMessage(browser, "rollup:contactEmail", "Contact's email is not an email address: ann.chen at example (write it as"
                + " name@company.com, or leave it empty)");
        browser.type(By.id("rollup:contactEmail"), "ann.chen@h17-rollup.test");
        browser.type(By.id("rollup:authorizerEmail"), "bo.martin@");
        browser.click(By.id("rollup:save"));
        assertMessage(browser, "rollup:authorizerEmail", "Authorizer's email is not an email address: bo.martin@");
        browser.screenshot("h17-forms-rollup-addresses");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

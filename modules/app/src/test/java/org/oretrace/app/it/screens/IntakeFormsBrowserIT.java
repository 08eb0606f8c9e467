package org.oretrace.app.it.screens;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.screens.NextToField.assertMessage;

/**
 * Issue 17, intake's forms: the risk-review queue and the declaration's risk review and the corrective action refuse bad
 * input next to the field, saying what to do; the upload says it in the file's result line. Three files of one supplier without a campaign: two name
 * a tin smelter in Rwanda (covered country: risk review), one lacks the contact's email (needs follow-up). One browser,
 * signed in once.
 */
class IntakeFormsBrowserIT {

    private static final String SUPPLIER = "H17FI-001";
    private static final String COMPANY = "Intake Forms Seventeen Ltd.";
    private static final String LUNA = "CID003387";

    private static Browser browser;
    private static long queued;
    private static long reviewed;
    private static long followUp;

    @BeforeAll
    static void threeDeclarations() {
        Api admin = Api.asAdmin();
        Api.Response supplier = admin.postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"%s","inScope":true,"country":"India"}""".formatted(SUPPLIER, COMPANY));
        assertThat(supplier.status()).as(supplier.toString()).isIn(201, 409);
        String supplierId = Long.toString(admin.get("/api/suppliers/" + SUPPLIER).json().getJsonNumber("id").longValue());
        queued = upload(admin, supplierId, "h17 forms queue.xlsx", rwanda("+91 1 555 0117"), "RISK_REVIEW");
        reviewed = upload(admin, supplierId, "h17 forms review.xlsx", rwanda("+91 2 555 0117"), "RISK_REVIEW");
        followUp = upload(admin, supplierId, "h17 forms follow-up.xlsx",
                CmrtFile.of("6.5").set("D8", COMPANY).set("D16", "").toBytes(), "NEEDS_FOLLOW_UP");
        browser = Browser.open();
        browser.loginAsAdmin();
    }

    private static byte[] rwanda(String phone) {
        return CmrtFile.of("6.5").set("D8", COMPANY).set("D17", phone).noSmelters().smelter(CmrtFile.SmelterLine.byId(LUNA)).toBytes();
    }

    private static long upload(Api admin, String supplierId, String name, byte[] bytes, String status) {
        Api.Response response = admin.postFile("/api/declarations", "file", name, bytes, Map.of("supplier", supplierId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonObject json = response.json();
        assertThat(json.getString("status")).as(json.toString()).isEqualTo(status);
        return json.getJsonNumber("id").longValue();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRiskQueueAndTheRiskReviewAskForTheReasonNextToTheField() {
        browser.go("/intake/risk-reviews.xhtml");
        String item = "//*[@id='queue:table']//tbody/tr[.//a[contains(@class,'ot-queue-declaration') and starts-with(normalize-space(), '#"
                + queued + " ')]]";
        String index = browser.find(By.xpath(item)).getAttribute("data-ri");
        browser.click(By.xpath(item + "//button[contains(@id,':accept')]"));
        assertMessage(browser, "queue:table:" + index + ":reason", "Declaration " + queued + ": Write the assessment: why the risk"
                + " is acceptable, what the supplier is asked, or why it is escalated");
        browser.screenshot("h17-forms-risk-queue");
        assertThat(Api.asAdmin().get("/api/declarations/" + queued).json().getString("status")).isEqualTo("RISK_REVIEW");

        browser.go("/intake/declaration.xhtml?id=" + reviewed);
        browser.click(By.id("declaration:recordRiskReview"));
        assertMessage(browser, "declaration:riskOutcome", "Choose the action: accept with reason, ask the supplier or escalate");
        browser.click(By.xpath("//*[@id='declaration:riskOutcome']//label[normalize-space()='Accepted with reason']"));
        browser.click(By.id("declaration:recordRiskReview"));
        assertMessage(browser, "declaration:riskAssessment", "Write the assessment: why the risk is acceptable");
        assertThat(browser.find(By.id("declaration:riskOutcome-message")).getText()).isBlank();
        browser.screenshot("h17-forms-risk-review");
        assertThat(Api.asAdmin().get("/api/declarations/" + reviewed).json().getString("status")).isEqualTo("RISK_REVIEW");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theCorrectiveActionSaysWhatTheMailLacksNextToTheField() {
        browser.go("/intake/declaration.xhtml?id=" + followUp);
        browser.find(By.id("declaration:subject")).clear();
        browser.click(By.id("declaration:sendDraft"));
        assertMessage(browser, "declaration:subject", "The email needs a subject: write one");
        browser.type(By.id("declaration:subject"), "Your CMRT: the contact's email is missing");
        browser.type(By.id("declaration:to"), "buyer at intake forms");
        browser.click(By.id("declaration:sendDraft"));
        assertMessage(browser, "declaration:to", "Not an email address: buyer at intake forms (write the supplier's address as"
                + " name@company.com)");
        browser.screenshot("h17-forms-corrective-action");
        assertThat(Api.asAdmin().get("/api/audit?type=Declaration").body()).doesNotContain("buyer at intake forms");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * The upload's fields take no bad input (the year's widget keeps to 2013–2100, the supplier must be picked from the
     * list): what can be wrong is the file, and its line in the results, right under the upload, says what and what to do.
     */
    @Test
    void anUploadThatIsNoWorkbookSaysWhatToSendInItsResultLine() throws IOException {
        Path file = Files.createTempDirectory("oretrace-h17-upload").resolve("h17 forms notes.txt");
        Files.writeString(file, "Smelter list to follow next week.\n");
        browser.go("/intake/upload.xhtml");
        browser.find(By.id("upload:files_input")).sendKeys(file.toString());
        browser.waitForText("h17 forms notes.txt");
        WebElement line = browser.find(By.xpath("//*[@id='resultsForm:results']//tbody/tr[contains(., 'h17 forms notes.txt')]"));
        assertThat(line.getText()).contains("Rejected").contains("The file is a text or CSV file, not the CMRT Excel workbook."
                + " Please send the completed CMRT as an .xlsx file").doesNotContain("NOT_XLSX").doesNotContain("Exception");
        browser.screenshot("h17-forms-upload-not-a-workbook");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

package org.oretrace.app.it.screens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.screens.NextToField.assertMessage;

/**
 * Issue 17, outreach's forms: bad input on a supplier's contacts, contact log and status, on the supplier import (file
 * and column mapping) and on a campaign's settings gets a message next to its field that says what is wrong and what to
 * do. One browser, signed in once, for the class.
 */
class OutreachFormsBrowserIT {

    private static final int YEAR = 2067;
    private static final String NUMBER = "H17F-" + System.nanoTime() % 1_000_000;
    private static final String NAME = "Seventeen Forms Castings";

    private static Browser browser;
    private static long supplierId;

    @BeforeAll
    static void aSupplierAndACampaign() {
        Api admin = Api.asAdmin();
        Api.Response created = admin.postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"%s","inScope":true,"country":"Germany"}""".formatted(NUMBER, NAME));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        supplierId = admin.get("/api/suppliers/" + NUMBER).json().getJsonNumber("id").longValue();
        Api.Response category = admin.postJson("/api/supplier-categories", "{\"name\":\"H17 Forms Parts\"}");
        assertThat(category.status()).as(category.toString()).isIn(201, 400);
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","categories":["H17 Forms Parts"],"senderName":"Jane Doe"}
                """.formatted(YEAR, YEAR + 1));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
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
    void contactsContactLogAndStatusSayWhatIsWrongNextToTheField() {
        browser.go("/outreach/supplier.xhtml?id=" + supplierId);

        // contacts: an address that is none, then one that is there already
        browser.click(By.xpath("//a[text()='Contacts']"));
        browser.type(By.id("tabs:contacts:contactName"), "Anna Schmidt");
        browser.type(By.id("tabs:contacts:contactEmail"), "anna at castings");
        browser.click(By.id("tabs:contacts:addContact"));
        assertMessage(browser, "tabs:contacts:contactEmail", "Not an email address: anna at castings (write it as name@company.com)");
        browser.type(By.id("tabs:contacts:contactEmail"), "anna@h17-castings.test");
        browser.click(By.id("tabs:contacts:addContact"));
        browser.waitForText("Contact added");
        browser.type(By.id("tabs:contacts:contactName"), "Anna again");
        browser.type(By.id("tabs:contacts:contactEmail"), "anna@h17-castings.test");
        browser.click(By.id("tabs:contacts:addContact"));
        assertMessage(browser, "tabs:contacts:contactEmail", "anna@h17-castings.test is already a contact of " + NAME
                + ": change that contact in the list above, or give another address");
        browser.screenshot("h17-forms-supplier-contacts");

        // contact log: what it was about is required; a day in the future is refused next to the date
        browser.click(By.xpath("//a[text()='Contact log']"));
        browser.click(By.id("tabs:log:logContact"));
        assertMessage(browser, "tabs:log:summary", "Say what the contact was about, e.g. asked for the missing smelter list");
        browser.type(By.id("tabs:log:summary"), "Asked for the smelter list");
        NextToField.setValue(browser, "tabs:log:contactDate", "2099-01-15");
        browser.click(By.id("tabs:log:logContact"));
        assertMessage(browser, "tabs:log:contactDate", "A contact cannot be logged in the future (2099-01-15): give the date it"
                + " happened, today or earlier");
        assertThat(browser.find(By.id("tabs:log:summary-message")).getText()).isBlank();
        browser.screenshot("h17-forms-contact-log");

        // status: out of scope needs the reason the auditor reads
        browser.click(By.xpath("//a[text()='Status and scope']"));
        NextToField.choose(browser, "tabs:status:newStatus", "Out of scope");
        browser.click(By.id("tabs:status:changeStatus"));
        assertMessage(browser, "tabs:status:statusReason", "Say why supplier " + NUMBER + " is out of scope: write the reason"
                + " (the auditor reads it)");
        browser.screenshot("h17-forms-supplier-status");
        assertThat(Api.asAdmin().get("/api/suppliers/" + NUMBER).json().toString()).doesNotContain("OUT_OF_SCOPE");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSupplierImportSaysWhatIsWrongWithTheFileAndTheMapping() throws IOException {
        Path dir = Files.createTempDirectory("oretrace-h17-import");
        Path notAWorkbook = dir.resolve("suppliers.xlsx");
        Files.writeString(notAWorkbook, "this is not a workbook", StandardCharsets.UTF_8);
        Path csv = dir.resolve("suppliers.csv");
        Files.writeString(csv, "Supplier number;Name;Country\nH17I-1;Import Seventeen Metals;Austria\n", StandardCharsets.UTF_8);

        browser.go("/outreach/import.xhtml");
        browser.find(By.id("upload:file_input")).sendKeys(notAWorkbook.toString());
        assertMessage(browser, "upload:file", "The workbook cannot be read");
        assertThat(browser.find(By.id("upload:file-message")).getText()).contains("save it again as .xlsx in Excel, or export the"
                + " suppliers as CSV");
        browser.screenshot("h17-forms-import-file");

        browser.find(By.id("upload:file_input")).sendKeys(csv.toString());
        browser.waitForText("check the column mapping");
        // the supplier number is the first field: leave it unmapped
        NextToField.choose(browser, "mapping:fields:0:column", "(not imported)");
        browser.click(By.id("mapping:preview"));
        assertMessage(browser, "mapping:fields:0:column", "Map a column to Supplier number: choose the file's column in its list");
        browser.screenshot("h17-forms-import-mapping");
        assertThat(Api.asAdmin().get("/api/suppliers/H17I-1").status()).isEqualTo(404);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void campaignSettingsSayWhichSettingIsWrong() {
        browser.go("/outreach/campaign.xhtml?year=" + YEAR);
        WebElement escalation = browser.find(By.id("settings:escalation_input"));
        escalation.sendKeys(Keys.chord(Keys.CONTROL, "a"), "400");
        browser.click(By.id("settings:saveSettings"));
        assertMessage(browser, "settings:escalation", "The escalation day must be between 1 and 365, not 400");

        escalation = browser.find(By.id("settings:escalation_input"));
        escalation.sendKeys(Keys.chord(Keys.CONTROL, "a"), "56");
        browser.type(By.id("settings:reminders"), "14, soon");
        browser.click(By.id("settings:saveSettings"));
        assertMessage(browser, "settings:reminders", "Reminder days must be whole numbers separated by commas, e.g. 14, 28, 42");

        browser.type(By.id("settings:reminders"), "14, 28");
        NextToField.setValue(browser, "settings:dueDate", "2060-01-31");
        browser.click(By.id("settings:saveSettings"));
        assertMessage(browser, "settings:dueDate", "The due date must fall after the start of " + YEAR);
        assertThat(browser.find(By.id("settings:reminders-message")).getText()).isBlank();
        browser.screenshot("h17-forms-campaign-settings");
        assertThat(Api.asAdmin().get("/api/campaigns/" + YEAR).body()).doesNotContain("2060-01-31");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A campaign asks for the CMRT, the EMRT or both: a campaign with neither ticked is refused next to the choice. */
    @Test
    void campaignSettingsRefuseNoTemplate() {
        browser.go("/outreach/campaign.xhtml?year=" + YEAR);
        for (WebElement ticked : browser.findAll(By.cssSelector("[id='settings:templates'] .ui-chkbox-box.ui-state-active"))) {
            ticked.click();
        }
        assertThat(browser.findAll(By.cssSelector("[id='settings:templates'] input:checked"))).as("no template ticked").isEmpty();
        browser.click(By.id("settings:saveSettings"));
        assertMessage(browser, "settings:templates", "A campaign asks for the CMRT, the EMRT or both: choose at least one");
        // the choice and its message share one cell of the form's grid (not two cells of the form, which shifts every
        // field after them)
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('settings:templates-message').parentElement.tagName;")).isEqualTo("DIV");
        WebElement choice = browser.find(By.id("settings:templates"));
        WebElement next = browser.find(By.id("settings:emrtVersion"));
        assertThat(next.getLocation().getX()).as("the next field in the same column as the choice")
                .isEqualTo(choice.getLocation().getX());
        browser.screenshot("h17-forms-campaign-templates");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}

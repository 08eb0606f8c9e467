package org.oretrace.app.it.screens;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: "every user-facing validation error says what is wrong and what to do, next to the field". Each form gets
 * bad input; the message must show in the field's own p:message, beside the field (same parent element), and the field
 * must point to it for screen readers (aria-describedby, aria-invalid), whether the error comes from a Faces validator
 * (required, converter) or from a refusal of the application (duplicate number, bad email, no file, no smelter chosen).
 */
class FieldMessagesBrowserIT {

    @Test
    void supplierFormsSayWhatIsWrongNextToTheField() {
        String number = "FMB-" + System.nanoTime() % 1_000_000;
        Api.Response created = Api.asAdmin().postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"Field Messages Metals","inScope":true,"country":"Germany"}""".formatted(number));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Api.asAdmin().get("/api/suppliers/" + number).json().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();

            // a required field left empty (Faces validation), then a refusal of the application (the number exists)
            browser.go("/outreach/suppliers.xhtml");
            browser.type(By.id("newSupplier:name"), "Nameless Number Metals");
            browser.click(By.id("newSupplier:create"));
            assertNextToField(browser, "newSupplier:number", "newSupplier:number-message", "Give the supplier number");
            browser.type(By.id("newSupplier:number"), number);
            browser.type(By.id("newSupplier:name"), "Second Field Messages Metals");
            browser.click(By.id("newSupplier:create"));
            assertNextToField(browser, "newSupplier:number", "newSupplier:number-message",
                    "Supplier number " + number + " exists already: open it from the list above, or give another number");
            browser.screenshot("h17-field-messages-supplier-create");

            // the detail: a refusal of the domain (owner email) lands next to that field, not the first one
            browser.go("/outreach/supplier.xhtml?id=" + id);
            browser.type(By.id("tabs:master:ownerEmail"), "buyer at corp");
            browser.click(By.id("tabs:master:save"));
            assertNextToField(browser, "tabs:master:ownerEmail", "tabs:master:ownerEmail-message",
                    "Owner email is not an email address: buyer at corp (write it as name@company.com");
            assertThat(browser.find(By.id("tabs:master:name-message")).getText()).isBlank();
            browser.screenshot("h17-field-messages-supplier-detail");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void campaignFormSaysWhichSettingIsWrong() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/outreach/campaigns.xhtml");
            browser.type(By.id("create:year"), "2091");
            browser.type(By.id("create:reminders"), "soon");
            browser.click(By.id("create:createCampaign"));
            assertNextToField(browser, "create:reminders", "create:reminders-message",
                    "Reminder days must be whole numbers separated by commas, e.g. 14, 28, 42");

            browser.type(By.id("create:year"), "twenty");
            browser.click(By.id("create:createCampaign"));
            assertNextToField(browser, "create:year", "create:year-message", "type the four digits");
            browser.screenshot("h17-field-messages-campaign");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void registryImportsAskForTheFileNextToTheFileField() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/admin/imports.xhtml");
            browser.click(By.id("referenceForm:importWorkbook"));
            assertNextToField(browser, "referenceForm:workbook", "referenceForm:workbook-message",
                    "Choose a CMRT or EMRT workbook (.xlsx) first");
            browser.click(By.id("sdnForm:importSdn"));
            assertNextToField(browser, "sdnForm:sdnCsv", "sdnForm:sdnCsv-message", "Choose OFAC's sdn.csv first");
            browser.screenshot("h17-field-messages-imports");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void matchReviewAsksForTheSmelterInTheRowConfirmed() {
        String name = "Seventeen Field Message Tin Works";
        Api.Response submitted = Api.asAdmin().postJson("/api/registry/reviews", "{\"metal\":\"Tin\",\"name\":\"" + name
                + "\",\"country\":\"Bolivia\",\"sourceType\":\"Declaration\",\"sourceRef\":\"IT/h17 field messages\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/reviews.xhtml");
            browser.waitForText(name);
            String row = "//tr[@data-ri][.//span[contains(@class,'ot-reported-name') and text()='" + name + "']]";
            String index = browser.find(By.xpath(row)).getAttribute("data-ri");
            browser.click(By.xpath(row + "//button[contains(@id,':confirm')]"));
            assertNextToField(browser, "reviews:table:" + index + ":smelter", "reviews:table:" + index + ":smelter-message",
                    "Choose the smelter for '" + name + "' first: type part of its name or CID and pick it from the list");
            browser.screenshot("h17-field-messages-match-review");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static void assertNextToField(Browser browser, String fieldId, String messageId, String text) {
        NextToField.assertMessage(browser, fieldId, messageId, text);
    }
}

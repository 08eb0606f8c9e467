package org.oretrace.app.it.filing;

import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A year's suppliers and campaign through the REST API, and the cover page typed in the workspace, for the filing ITs. */
final class FilingFixtures {

    private FilingFixtures() {
    }

    /** A category and {@code count} in-scope suppliers PREFIX-001... in it, each with one contact prefix-001@supplier.test. */
    /**
     * Brings a just-read declaration to ACCEPTED as a compliance officer would: findings accepted with a reason, red
     * flags (a sanctioned or covered-country smelter; another IT may have imported the real SDN list) assessed.
     */
    static void accept(Api api, jakarta.json.JsonObject declaration) {
        long id = declaration.getJsonNumber("id").longValue();
        String status = declaration.getString("status");
        if (status.equals("NEEDS_FOLLOW_UP")) {
            Api.Response accepted = api.postJson("/api/declarations/" + id + "/acceptance",
                    "{\"reason\":\"Findings checked with the supplier by phone\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            status = accepted.json().getString("status");
        }
        if (status.equals("RISK_REVIEW")) {
            Api.Response reviewed = api.postJson("/api/declarations/" + id + "/risk-review",
                    "{\"outcome\":\"ACCEPTED_WITH_REASON\",\"assessment\":\"Red flags assessed with the supplier\"}");
            assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
            status = reviewed.json().getString("status");
        }
        assertThat(status).isEqualTo("ACCEPTED");
    }

    static void suppliers(Api api, String prefix, String category, int count) {
        Api.Response created = api.postJson("/api/supplier-categories", "{\"name\":\"" + category + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        for (int i = 1; i <= count; i++) {
            Api.Response supplier = api.postJson("/api/suppliers", """
                    {"supplierNumber":"%s-%03d","name":"%s Supplier %d Ltd.","category":"%s","inScope":true,"country":"Germany",
                     "ownerName":"Buyer","ownerEmail":"buyer.%s@corp.test",
                     "contacts":[{"name":"Contact %d","email":"%s-%03d@supplier.test","language":"en","primary":true}]}
                    """.formatted(prefix, i, prefix, i, category, lower, i, lower, i));
            assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        }
    }

    /** The year's campaign over the category, with RMI's blank CMRT 6.5, launched: {@code expected} suppliers mailed. */
    static void solicit(Api api, int year, String category, int expected) throws IOException {
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["%s"],"senderName":"Jane Doe, Compliance"}
                """.formatted(year, LocalDate.of(year + 1, 3, 31), category));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        byte[] blank = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "rmi-templates", "RMI_CMRT_6.5.xlsx"));
        assertThat(api.postFile("/api/campaigns/" + year + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blank).status()).isEqualTo(200);
        assertThat(api.post("/api/campaigns/" + year + "/launch").json().getInt("mailed")).isEqualTo(expected);
    }

    /** Types every required cover-page field in the open workspace and saves it. */
    static void fillCoverPage(Browser browser, String name, String fileNumber) {
        browser.type(By.id("ws:tabs:name"), name);
        browser.type(By.id("ws:tabs:state"), "Delaware");
        browser.type(By.id("ws:tabs:fileNo"), fileNumber);
        browser.type(By.id("ws:tabs:address"), "One Example Way, Indianapolis, Indiana 46222");
        browser.type(By.id("ws:tabs:contact"), "Pat Doe");
        browser.type(By.id("ws:tabs:phone"), "(317) 555-0100");
        browser.type(By.id("ws:tabs:signer"), "Pat Doe");
        browser.type(By.id("ws:tabs:signerTitle"), "General Counsel");
        browser.click(By.id("ws:tabs:saveCover"));
        browser.waitForText("Registrant information saved");
    }
}

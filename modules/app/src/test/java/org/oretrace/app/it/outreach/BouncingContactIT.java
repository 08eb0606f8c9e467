package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.Server;
import org.oretrace.kernel.testing.RejectingSmtpServer;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.advanceDays;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;

/**
 * A mail server that answers "550 user unknown" for one supplier contact (GreenMail accepts every
 * address, so a small real SMTP server takes its port for this test): the request to that address
 * fails at once, the contact is marked bouncing on the supplier page, and the next reminder goes to
 * the supplier's other contact.
 */
class BouncingContactIT {

    private static final int YEAR = 2074;
    private static final String GONE = "bo-001@supplier.test";
    private static final Api api = Api.asAdmin();

    @Test
    void aRejectedAddressFailsAtOnceMarksTheContactBouncingAndTheReminderGoesToTheOtherContact() throws Exception {
        Server.baseUrl();
        try (RejectingSmtpServer smtp = RejectingSmtpServer.start(GONE, Server.smtpPort())) {
            OutreachFixtures.createCategories(api, "BO Parts");
            OutreachFixtures.createSuppliers(api, "BO", 2, "BO Parts");
            OutreachFixtures.createAndLaunch(api, YEAR, LocalDate.of(YEAR + 1, 3, 31), "[\"BO Parts\"]");
            assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(2);

            JsonObject rejected = awaitState(GONE, "FAILED");
            assertThat(rejected.getInt("attempts")).isEqualTo(1);
            assertThat(rejected.getString("lastError")).contains("550").contains("User unknown");
            assertThat(awaitState("bo-002@supplier.test", "SENT").getInt("attempts")).isEqualTo(1);
            assertThat(smtp.delivered()).contains("bo-002@supplier.test").doesNotContain(GONE);
            JsonObject contact = contact("BO-001", GONE);
            assertThat(contact.getBoolean("bouncing")).isTrue();
            assertThat(contact("BO-001", "bo-001.deputy@supplier.test").getBoolean("bouncing")).isFalse();

            try (Browser browser = Browser.open()) {
                browser.loginAsAdmin();
                long id = api.get("/api/suppliers/BO-001").json().getJsonNumber("id").longValue();
                browser.go("/outreach/supplier.xhtml?id=" + id);
                browser.click(By.xpath("//a[text()='Contacts']"));
                WebElement row = browser.findAll(By.cssSelector("[id='tabs:contacts:table'] tbody tr")).stream()
                        .filter(tr -> tr.getText().contains(GONE)).findFirst().orElseThrow();
                WebElement badge = row.findElement(By.cssSelector(".ot-badge-bad"));
                assertThat(badge.getText()).isEqualTo("bouncing");
                assertThat(badge.getAttribute("title")).contains("550");
                assertThat(browser.findAll(By.cssSelector("[id='tabs:contacts:table'] tbody tr")).stream()
                        .filter(tr -> tr.getText().contains("bo-001.deputy@")).findFirst().orElseThrow().getText())
                        .doesNotContain("bouncing");

                browser.go("/outreach/outbox.xhtml");
                browser.type(By.id("filter:search"), GONE);
                browser.click(By.id("filter:refresh"));
                assertThat(browser.find(By.id("list:messages")).getText()).contains("Failed").contains("User unknown");
                assertThat(browser.consoleErrors()).isEmpty();
            }

            // the reminder skips the bouncing address and reaches the supplier's other contact
            advanceDays(api, 14);
            JsonObject reminder = awaitState("bo-001.deputy@supplier.test", "SENT");
            assertThat(reminder.getString("subject")).startsWith("Reminder:");
            assertThat(smtp.delivered()).contains("bo-001.deputy@supplier.test").doesNotContain(GONE);
        }
    }

    private static JsonObject contact(String supplier, String email) {
        return api.get("/api/suppliers/" + supplier).json().getJsonArray("contacts").stream().map(v -> (JsonObject) v)
                .filter(c -> c.getString("email").equals(email)).findFirst().orElseThrow();
    }

    /** The newest outbox message to that address, once it has reached the state. */
    private static JsonObject awaitState(String to, String state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonObject newest = null;
        while (System.currentTimeMillis() < deadline) {
            run(api);
            List<JsonObject> mine = api.get("/api/outbox?q=" + to).jsonArray().stream().map(v -> (JsonObject) v)
                    .filter(m -> m.getString("to").equals(to)).toList();
            newest = mine.isEmpty() ? null : mine.get(0);
            if (newest != null && newest.getString("state").equals(state)) {
                return newest;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No " + state + " message to " + to + "; newest: " + newest);
    }
}

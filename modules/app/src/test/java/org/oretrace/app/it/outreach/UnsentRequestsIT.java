package org.oretrace.app.it.outreach;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.ItSmtp;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.outreach.OutreachFixtures.recipients;
import static org.oretrace.app.it.outreach.OutreachFixtures.run;

/**
 * A supplier without a working email address is asked at launch but cannot be mailed: its request waits as
 * "Not yet sent". Once someone adds a contact, "Mail the requests not yet sent" mails it, once.
 */
class UnsentRequestsIT {

    private static final int YEAR = 2075;
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void aRequestWithoutAddressWaitsAndIsMailedOnceWhenAContactIsAdded() throws Exception {
        OutreachFixtures.createCategories(api, "UN Parts");
        OutreachFixtures.createSuppliers(api, "UN", 1, "UN Parts");
        Api.Response silent = api.postJson("/api/suppliers", """
                {"supplierNumber":"UN-002","name":"Silent Forge Ltd","category":"UN Parts","inScope":true}""");
        assertThat(silent.status()).as(silent.toString()).isEqualTo(201);
        OutreachFixtures.createAndLaunch(api, YEAR, LocalDate.of(YEAR + 1, 3, 31), "[\"UN Parts\"]");
        JsonObject launch = api.post("/api/campaigns/" + YEAR + "/launch").json();
        assertThat(launch.getInt("requested")).isEqualTo(2);
        assertThat(launch.getInt("mailed")).isEqualTo(1);
        assertThat(state("UN-002")).isEqualTo("NOT_SENT");
        assertThat(api.get("/api/campaigns/" + YEAR + "/statistics").json().getJsonObject("byStatus").getInt("NOT_SENT"))
                .isEqualTo(1);

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            assertThat(row(browser, "Silent Forge Ltd")).contains("Not yet sent");
            browser.click(By.id("requestsForm:sendUnsent"));
            browser.waitForText("0 requests mailed");

            Api.Response contact = api.putJson("/api/suppliers/UN-002", """
                    {"name":"Silent Forge Ltd","contacts":[{"name":"Sol","email":"sol@silentforge.test","primary":true}]}""");
            assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            browser.click(By.id("requestsForm:sendUnsent"));
            browser.waitForText("1 request mailed");
            assertThat(row(browser, "Silent Forge Ltd")).contains("Sent").doesNotContain("Not yet sent");
            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            browser.click(By.id("requestsForm:sendUnsent"));
            browser.waitForText("0 requests mailed");
            assertThat(browser.consoleErrors()).isEmpty();
        }

        long deadline = System.currentTimeMillis() + 60_000;
        while (toSilentForge().isEmpty() && System.currentTimeMillis() < deadline) {
            run(api);
            Thread.sleep(500);
        }
        run(api);
        Thread.sleep(1500);
        assertThat(toSilentForge()).hasSize(1);
        assertThat(OutreachFixtures.subject(toSilentForge().get(0))).startsWith("Conflict minerals survey " + YEAR);
        assertThat(state("UN-002")).isEqualTo("SENT");
    }

    private static List<MimeMessage> toSilentForge() {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> recipients(new MimeMessage[]{m}).get(0).equals("sol@silentforge.test")).toList();
    }

    private static String row(Browser browser, String supplierName) {
        return browser.find(By.id("requestsForm:requests")).getText().lines().filter(l -> l.contains(supplierName))
                .findFirst().orElseThrow(() -> new AssertionError("no request of " + supplierName));
    }

    private static String state(String supplierNumber) {
        return api.get("/api/campaigns/" + YEAR + "/requests").jsonArray().stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("supplierNumber").equals(supplierNumber)).findFirst().orElseThrow()
                .getString("state");
    }
}

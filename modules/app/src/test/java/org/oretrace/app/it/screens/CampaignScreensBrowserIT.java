package org.oretrace.app.it.screens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.ItSmtp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 on a launched campaign: its count tables (per template, by status, by category) have the table tools, the
 * responses-over-time chart has its numbers as a table, the requests' statuses are tags with a legend, and the request dates read in the user's format on the campaign
 * and on the supplier's page (they were ISO dates, "2026-12-07").
 */
class CampaignScreensBrowserIT {

    private static final int YEAR = 2093; // a year no other IT on the same server uses (2071 was CopyToOtherContactsIT's)
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();

    @Test
    void countTablesWithToolsChartNumbersAndDatesInTheUsersFormat() throws IOException {
        Api api = Api.asAdmin();
        assertThat(api.postJson("/api/supplier-categories", "{\"name\":\"CS Parts\"}").status()).isEqualTo(201);
        for (int i = 1; i <= 2; i++) {
            Api.Response created = api.postJson("/api/suppliers", """
                    {"supplierNumber":"CS-00%d","name":"Campaign Screens Supplier %d","category":"CS Parts","inScope":true,
                     "country":"Germany","contacts":[{"name":"Contact %d","email":"cs-00%d@supplier.test","primary":true}]}
                    """.formatted(i, i, i, i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        Api.Response campaign = api.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","categories":["CS Parts"],"senderName":"Jane Doe, Compliance"}
                """.formatted(YEAR, LocalDate.of(YEAR + 1, 3, 31)));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        byte[] blank = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "rmi-templates",
                "RMI_CMRT_6.5.xlsx"));
        assertThat(api.postFile("/api/campaigns/" + YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx", blank).status()).isEqualTo(200);
        assertThat(api.post("/api/campaigns/" + YEAR + "/launch").json().getInt("requested")).isEqualTo(2);
        String year = api.get("/api/clock").json().getString("today").substring(0, 4);
        long supplierId = api.get("/api/suppliers/CS-001").json().getJsonNumber("id").longValue();

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            for (String table : List.of("templateForm:byTemplate", "statusForm:byStatus", "categoryForm:byCategory")) {
                TableScreen.assertTools(browser, table);
            }
            TableScreen.filter(browser, "categoryForm:byCategory", "Category", "zz-no-such-category");
            assertThat(TableScreen.emptyMessage(browser, "categoryForm:byCategory"))
                    .contains("No row matches \u201Czz-no-such-category\u201D in Category");

            // the statuses of the requests are coloured tags, explained in a legend with the code in the tooltip
            List<WebElement> legend = browser.findAll(By.cssSelector("#statusLegend .ot-tag"));
            assertThat(legend).extracting(WebElement::getText).contains("Sent", "Responded", "Needs follow-up", "Unreachable");
            assertThat(legend).allSatisfy(tag -> assertThat(tag.getAttribute("title")).matches(".+: .+ \\([A-Z_]+\\)"));
            assertThat(browser.findAll(By.cssSelector("[id='requestsForm:requests_data'] .ot-tag"))).extracting(WebElement::getText)
                    .contains("Sent");

            WebElement numbers = browser.find(By.cssSelector("details.ot-chart-numbers"));
            numbers.findElement(By.tagName("summary")).click();
            assertThat(numbers.findElements(By.cssSelector("tbody tr"))).as("a row per day since the launch").isNotEmpty();
            assertThat(numbers.getText()).contains("Responses over time");

            String requests = browser.find(By.id("requestsForm:requests")).getText();
            assertThat(ISO_DAY.matcher(requests).find()).as(requests).isFalse();
            assertThat(requests).contains(year);
            browser.screenshot("h17-campaign-counts-and-dates");

            browser.go("/outreach/supplier.xhtml?id=" + supplierId);
            browser.click(By.xpath("//a[normalize-space(.)='Requests and declarations']"));
            String history = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> {
                        String text = d.findElement(By.id("tabs:received:requests")).getText();
                        return text.isBlank() ? null : text;
                    });
            assertThat(history).contains(String.valueOf(YEAR)).contains(year);
            assertThat(ISO_DAY.matcher(history).find()).as(history).isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}

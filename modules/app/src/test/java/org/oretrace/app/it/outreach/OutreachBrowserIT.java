package org.oretrace.app.it.outreach;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compliance officer's day: create the campaign, launch it (one supplier asked for the EMRT too, ticked on the launch
 * list), read the outbox, log a call; a supplier's CMRT is
 * uploaded and the dashboard's response rate and chart move; then record a response that came by post.
 */
class OutreachBrowserIT {

    private static final int YEAR = 2051;
    private static GreenMail smtp;

    @BeforeAll
    static void setUp() {
        smtp = OutreachFixtures.startSmtp();
        Api api = Api.asAdmin();
        OutreachFixtures.createCategories(api, "BR Parts");
        OutreachFixtures.createSuppliers(api, "BR", 3, "BR Parts");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void createLaunchReadTheOutboxLogACallAndSeeTheResponseRate() throws Exception {
        Path dir = Files.createTempDirectory("outreach-it");
        Path cmrt = Files.write(dir.resolve("RMI_CMRT_6.5.xlsx"), OutreachFixtures.blankCmrt());
        Path emrt = Files.write(dir.resolve("RMI_EMRT_2.1.xlsx"), Files.readAllBytes(Path.of(System.getProperty(
                "oretrace.shared.dir", "../shared"), "rmi-templates", "RMI_EMRT_2.1.xlsx")));
        Path declaration = Files.write(dir.resolve("BR-002 CMRT " + YEAR + ".xlsx"),
                CmrtFile.of("6.5").set("D8", "BR Supplier 2 GmbH").set("D16", "br-002@supplier.test").toBytes());
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            assertThat(browser.pageText()).contains("Supplier outreach");

            browser.go("/outreach/campaigns.xhtml");
            browser.type(By.id("create:year"), String.valueOf(YEAR));
            browser.click(By.xpath("//label[text()='BR Parts']"));
            // a native date field: its value is set as the browser's date picker would
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.find(By.id("create:dueDate")), (YEAR + 1) + "-03-31");
            browser.type(By.id("create:sender"), "Carla Compliance, Acme Corp.");
            browser.click(By.id("create:createCampaign"));
            expectText(browser, "Blank CMRT");
            assertThat(browser.currentPath()).startsWith("/outreach/campaign.xhtml?year=" + YEAR);
            assertThat(browser.find(By.id("cmrtFile")).getText()).isEqualTo("not uploaded");

            browser.find(By.id("upload:cmrt_input")).sendKeys(cmrt.toAbsolutePath().toString());
            expectText(browser, "will be attached to every request");
            browser.waitForAjax();
            assertThat(browser.find(By.id("cmrtFile")).getText()).startsWith("RMI_CMRT_6.5");
            String candidates = browser.find(By.id("launchForm:candidates")).getText();
            assertThat(candidates).contains("BR-001", "BR-002", "BR-003").contains("3 suppliers in scope");

            // the CMRT from all, the EMRT too from BR-003: its blank uploaded, its row ticked on the launch list
            browser.find(By.id("upload:emrt_input")).sendKeys(emrt.toAbsolutePath().toString());
            expectText(browser, "RMI_EMRT_2.1.xlsx (EMRT 2.1)");
            browser.waitForAjax();
            assertThat(browser.find(By.id("emrtFile")).getText()).startsWith("RMI_EMRT_2.1");
            WebElement alsoEmrt = browser.find(By.xpath("//tr[td[contains(normalize-space(.),'BR-003')]]"
                    + "//input[contains(@id,'alsoEmrt_input')]"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].checked = true;", alsoEmrt);
            browser.click(By.id("launchForm:launch"));
            expectText(browser, "Launched: 3 suppliers asked, 3 emails queued");
            assertThat(browser.find(By.id("templatesAsked")).getText()).isEqualTo("CMRT 6.5; EMRT 2.1 from 1 supplier");
            assertThat(browser.find(By.id("responseSummary")).getText()).isEqualTo("0 of 3, 0%");
            smtp.waitForIncomingEmail(30_000, 3);
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                String to = m.getAllRecipients()[0].toString();
                if (!to.startsWith("br-")) {
                    continue;
                }
                assertThat(m.getSubject()).as(to).contains(to.startsWith("br-003") ? "your CMRT and EMRT by" : "your CMRT by");
            }

            browser.go("/outreach/outbox.xhtml?");
            browser.type(By.id("filter:search"), "br-00");
            browser.click(By.id("filter:refresh"));
            String outbox = browser.find(By.id("list:messages")).getText();
            assertThat(outbox).contains("br-001@supplier.test", "br-002@supplier.test", "br-003@supplier.test")
                    .contains("Conflict minerals survey " + YEAR);
            browser.click(By.cssSelector("#list\\:messages .ot-open-mail"));
            expectText(browser, "Dear Contact");
            assertThat(browser.find(By.id("mailBody")).getText()).contains("Carla Compliance, Acme Corp.");
            assertThat(browser.pageText()).contains("RMI_CMRT_6.5.xlsx");

            // a phone call to the first supplier, on its request's timeline
            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            timelineOf(browser, "BR Supplier 1 GmbH").click();
            expectText(browser, "Log a contact");
            browser.type(By.id("log:person"), "Carla with Contact 1");
            browser.type(By.id("log:summary"), "Called about the missing CMRT");
            browser.type(By.id("log:outcome"), "Promised it by Friday");
            browser.click(By.id("log:logContact"));
            expectText(browser, "Phone call logged");
            assertThat(browser.find(By.id("timeline:events")).getText())
                    .contains("Survey request to br-001@supplier.test").contains("Called about the missing CMRT")
                    .contains("Promised it by Friday");

            // the second supplier's CMRT (the real RMI 6.5 template, filled in) is uploaded to intake for its supplier
            long secondId = Api.asAdmin().get("/api/suppliers/BR-002").json().getJsonNumber("id").longValue();
            Api.Response uploaded = Api.asAdmin().postFile("/api/declarations", "file", declaration.getFileName().toString(),
                    Files.readAllBytes(declaration), Map.of("supplier", Long.toString(secondId), "campaign", Integer.toString(YEAR)));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            assertThat(uploaded.json().getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");

            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            assertThat(browser.find(By.id("responseSummary")).getText()).isEqualTo("1 of 3, 33%");
            assertThat(chartPoints(browser)).as("responses over time").endsWith(1L);

            // the first supplier's CMRT came by post: recorded on its timeline
            timelineOf(browser, "BR Supplier 1 GmbH").click();
            expectText(browser, "Log a contact");
            browser.type(By.id("response:responseNote"), "CMRT received by post");
            browser.click(By.id("response:recordResponse"));
            expectText(browser, "Response recorded");

            browser.go("/outreach/campaign.xhtml?year=" + YEAR);
            assertThat(browser.find(By.id("responseSummary")).getText()).isEqualTo("2 of 3, 67%");
            assertThat(browser.find(By.id("responsesChart")).isDisplayed()).isTrue();
            assertThat(chartPoints(browser)).endsWith(2L);
            Object yAxis = ((JavascriptExecutor) browser.driver()).executeScript(
                    "var s = Chart.getChart(document.querySelector('[id=\"responsesChart\"] canvas')).scales.y;"
                            + " return [s.min, s.max];");
            assertThat(((List<?>) yAxis).stream().map(v -> ((Number) v).intValue()).toList())
                    .as("the y axis runs from 0 to at least the 3 solicited").satisfies(range -> {
                        assertThat(range.get(0)).isZero();
                        assertThat(range.get(1)).isGreaterThanOrEqualTo(3);
                    });
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            Files.deleteIfExists(cmrt);
            Files.deleteIfExists(emrt);
            Files.deleteIfExists(declaration);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void everyOutreachScreenOpensAndWorksOnRealData() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/outreach/suppliers.xhtml");
            browser.type(By.id("filter:text"), "BR-00");
            browser.click(By.id("filter:search"));
            assertThat(browser.find(By.id("list:table")).getText()).contains("BR Supplier 2 GmbH").contains("3 suppliers");
            browser.click(By.linkText("BR-002"));
            expectText(browser, "Master data");
            browser.type(By.id("tabs:master:country"), "Austria");
            browser.click(By.id("tabs:master:save"));
            expectText(browser, "Saved");
            browser.click(By.xpath("//a[text()='Contacts']"));
            assertThat(browser.pageText()).contains("br-002@supplier.test").contains("primary");
            assertThat(Api.asAdmin().get("/api/suppliers/BR-002").json().getString("country")).isEqualTo("Austria");

            browser.go("/outreach/templates.xhtml");
            expectText(browser, "Placeholders");
            browser.click(By.id("editor:preview"));
            expectText(browser, "Dear ");
            assertThat(browser.find(By.id("previewSubject")).getText()).startsWith("Conflict minerals survey");

            browser.go("/outreach/import.xhtml");
            expectText(browser, "Choose the export");
            browser.go("/outreach/admin/categories.xhtml");
            expectText(browser, "BR Parts");
            browser.go("/outreach/outbox.xhtml");
            expectText(browser, "Mail server");
            browser.go("/index.xhtml");
            expectText(browser, "Supplier outreach");
            assertThat(browser.pageText()).doesNotContain("Something went wrong");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static WebElement timelineOf(Browser browser, String supplierName) {
        return browser.find(By.id("requestsForm:requests")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(supplierName)).findFirst()
                .orElseThrow(() -> new AssertionError("No request of " + supplierName))
                .findElement(By.cssSelector(".ot-timeline-link"));
    }

    /** The cumulative responses the chart draws, as Chart.js holds them. */
    @SuppressWarnings("unchecked")
    private static List<Long> chartPoints(Browser browser) {
        browser.waitForAjax();
        Object data = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = document.querySelector('[id=\"responsesChart\"] canvas');"
                        + " return Chart.getChart(c).data.datasets[0].data;");
        return ((List<Object>) data).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** Waits for the text; on timeout fails with what the page shows instead, and keeps a screenshot. */
    private static void expectText(Browser browser, String text) {
        try {
            browser.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("outreach-" + System.currentTimeMillis());
            throw new AssertionError("'" + text + "' did not appear on " + browser.currentPath() + "; the page shows:\n"
                    + browser.pageText(), e);
        }
    }
}

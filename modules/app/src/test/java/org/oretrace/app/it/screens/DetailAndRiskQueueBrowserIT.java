package org.oretrace.app.it.screens;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, the declaration page and the risk-review queue: one supplier (no campaign, so no reporting year: the RMAP
 * status is today's) sends two files naming a tin smelter in Rwanda (a covered country, so each waits in risk review).
 * The page shows each smelter's match method and its RMAP status with the list it comes from (a status table imported
 * here, as of 2026-01-15: no other test's status for that smelter is dated between it and today), and both files with the
 * current one; the queue shows the evidence and is worked by keyboard. The browser runs in Asia/Kolkata (CDP time
 * zone override) and the very first page after signing in already shows times in that zone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DetailAndRiskQueueBrowserIT {

    private static final String USER = "h17-ravi";
    private static final String PASSWORD = "h17-ravi-password-1";
    private static final String SUPPLIER = "H17D-001";
    private static final String COMPANY = "Detail Seventeen Tin Ltd.";
    private static final String LUNA = "CID003387";
    private static final String SOURCE = "Status table of the h17 detail IT";
    private static final String ZONE = "Asia/Kolkata";
    private static final String AS_OF = "2026-01-15";

    private static long first;
    private static long second;
    private static byte[] firstBytes;

    @BeforeAll
    static void twoFilesOfOneSupplier() {
        Api admin = Api.asAdmin();
        Api.newUser(USER, "COMPLIANCE", PASSWORD);
        Api.Response supplier = admin.postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"%s","inScope":true,"country":"India"}""".formatted(SUPPLIER, COMPANY));
        assertThat(supplier.status()).as(supplier.toString()).isIn(201, 409);
        // a filing-style status table (no drop-offs are concluded from tables), dated far from every other test's data
        Api.Response table = admin.postFile("/api/registry/rmap-status", "file", "h17-status-table.csv",
                "Metal,Smelter Name,Smelter ID,RMAP Audit Status\nTin,\"Luna Smelter, Ltd.\",CID003387,Active\n"
                        .getBytes(StandardCharsets.UTF_8), Map.of("asOf", AS_OF, "source", SOURCE));
        assertThat(table.status()).as(table.toString()).isEqualTo(200);

        String supplierId = Long.toString(admin.get("/api/suppliers/" + SUPPLIER).json().getJsonNumber("id").longValue());
        firstBytes = file("first");
        first = upload(admin, supplierId, "h17 first.xlsx", firstBytes).getJsonNumber("id").longValue();
        JsonObject json = upload(admin, supplierId, "h17 second.xlsx", file("second"));
        second = json.getJsonNumber("id").longValue();
        assertThat(json.getString("status")).as(json.toString()).isEqualTo("RISK_REVIEW");
    }

    private static JsonObject upload(Api admin, String supplierId, String name, byte[] bytes) {
        Api.Response response = admin.postFile("/api/declarations", "file", name, bytes, Map.of("supplier", supplierId));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static byte[] file(String which) {
        return CmrtFile.of("6.5").set("D8", COMPANY).set("D17", "+91 " + which.length() + " 555 0100").noSmelters()
                .smelter(CmrtFile.SmelterLine.byId(LUNA)).toBytes();
    }

    @Test
    @Order(1)
    void theDetailShowsRmapStatusWithItsSourceAndEveryVersionInTheBrowsersZoneFromTheFirstPage() {
        try (Browser browser = Browser.open()) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));
            // the first screen after signing in is the declaration: the login page told the server the zone
            browser.go("/login.xhtml?next=" + URLEncoder.encode("/intake/declaration.xhtml?id=" + second, StandardCharsets.UTF_8));
            // a validation error says what is wrong and what to do, next to its field
            browser.driver().findElement(By.id("login:submit")).click();
            // the messages are drawn again by the answer: read them once it is in (an earlier element goes stale)
            browser.waitForText("Enter your password");
            assertThat(browser.find(By.id("login:username-message")).getText()).isEqualTo("Enter your user name");
            assertThat(browser.find(By.id("login:password-message")).getText()).isEqualTo("Enter your password");
            browser.type(By.id("login:username"), USER).type(By.id("login:password"), PASSWORD);
            browser.driver().findElement(By.id("login:submit")).click();
            WebElement received = browser.find(By.id("declaration:received"));
            assertThat(browser.currentPath()).contains("/intake/declaration.xhtml");
            assertThat(received.getAttribute("title")).contains(ZoneId.of(ZONE).getDisplayName(TextStyle.FULL, Locale.US));

            // the smelter list: match method, the registry's country, the RMAP status with its source and date
            WebElement row = browser.find(By.xpath("//*[@id='declaration:smelters']//tr[.//a[normalize-space()='" + LUNA + "']]"));
            String text = row.getText();
            assertThat(text).contains("Smelter ID").containsIgnoringCase("Rwanda").contains("In progress")
                    .contains(SOURCE + ", as of " + AS_OF);
            assertThat(row.findElement(By.cssSelector(".ot-rmap")).getAttribute("title")).contains("Active since " + AS_OF);
            assertThat(browser.find(By.id("rmapNote")).getText()).contains("today: the declaration has no reporting year");

            // the original and its versions: both files, newest first, this one current (none accepted yet)
            List<WebElement> versions = browser.findAll(By.cssSelector("[id='declaration:fileVersions'] tbody tr"));
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).getText()).contains("(this page)").contains("Current").contains("API")
                    .contains("Risk review");
            assertThat(versions.get(1).getText()).doesNotContain("Current");
            assertThat(versions.get(1).findElement(By.cssSelector("a.ot-version-download")).getAttribute("href"))
                    .endsWith("/api/declarations/" + first + "/original");
            assertThat(Api.asAdmin().get("/api/declarations/" + first + "/original").bytes()).isEqualTo(firstBytes);
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('smelterList').scrollIntoView();");
            browser.screenshot("h17-declaration-smelters-versions");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(2) // decides the declarations the first test sees waiting
    void theRiskReviewQueueIsWorkedByKeyboardWithTheEvidence() {
        try (Browser browser = Browser.open()) {
            browser.login(USER, PASSWORD);
            browser.go("/intake/risk-reviews.xhtml");
            WebElement mine = item(browser, first);
            assertThat(mine.getText()).contains("Covered country smelter").contains("Luna Smelter").contains(LUNA)
                    .containsIgnoringCase("country Rwanda").contains("RMAP In progress (" + SOURCE + ", as of " + AS_OF + ")");
            browser.screenshot("h17-risk-review-queue");

            // no reason: the decision says what is missing, nothing is recorded
            mine.findElement(By.cssSelector("textarea")).click();
            chord(browser, Keys.ENTER);
            browser.waitForText("Declaration " + first + ": Write the assessment: why the risk is acceptable");

            // Alt+Down goes to the next item, Alt+Up back
            item(browser, first).findElement(By.cssSelector("textarea")).click();
            int index = rowIndex(browser);
            chord(browser, Keys.ARROW_DOWN);
            assertThat(rowIndex(browser)).isEqualTo(index + 1);
            chord(browser, Keys.ARROW_UP);
            assertThat(rowIndex(browser)).isEqualTo(index);

            // escalate with the reason (Alt+U): it stays in the queue, behind those not assessed yet
            browser.driver().switchTo().activeElement().sendKeys("Smelter in Rwanda: to the steering committee");
            chord(browser, Keys.chord("u"));
            browser.waitForText("Declaration " + first + ": escalated");
            assertThat(item(browser, first).getText()).contains("Escalated by " + USER);
            // the focus stayed at the same place in the queue: now on the next item
            assertThat(rowIndex(browser)).isEqualTo(index);

            // accept both with a reason (Alt+Enter): they leave the queue
            for (long id : new long[]{second, first}) {
                item(browser, id).findElement(By.cssSelector("textarea")).click();
                browser.driver().switchTo().activeElement().sendKeys("Luna Smelter is in RMAP; assessed on site");
                chord(browser, Keys.ENTER);
                browser.waitForText("Declaration " + id + ": accepted with reason");
                assertThat(browser.findAll(By.xpath(itemXpath(id)))).isEmpty();
            }
            assertThat(Api.asAdmin().get("/api/declarations/" + first).json().getString("status")).isEqualTo("ACCEPTED");
            assertThat(browser.consoleErrors()).isEmpty();

            // now the latest accepted one is current
            browser.go("/intake/declaration.xhtml?id=" + first);
            List<WebElement> versions = browser.findAll(By.cssSelector("[id='declaration:fileVersions'] tbody tr"));
            assertThat(versions.get(0).getText()).contains("Current");
            assertThat(browser.find(By.id("versionsNote")).getText()).contains("accepted declaration that counts");

            // My profile: a refused password change is explained next to the field it is about
            browser.go("/profile.xhtml");
            browser.type(By.id("password:current"), "not-my-password").type(By.id("password:new"), "a-new-password-1")
                    .type(By.id("password:repeat"), "a-new-password-2").click(By.id("password:change"));
            assertThat(browser.find(By.id("password:repeat-message")).getText())
                    .isEqualTo("The repetition differs from the new password: type the same password twice");
            browser.type(By.id("password:current"), "not-my-password").type(By.id("password:new"), "a-new-password-1")
                    .type(By.id("password:repeat"), "a-new-password-1").click(By.id("password:change"));
            assertThat(browser.find(By.id("password:current-message")).getText())
                    .isEqualTo("The current password is not correct: type the password you signed in with");
            browser.screenshot("h17-field-messages");
        }
    }

    private static String itemXpath(long id) {
        return "//*[@id='queue:table']//tbody/tr[.//a[contains(@class,'ot-queue-declaration') and starts-with(normalize-space(), '#" + id + " ')]]";
    }

    private static WebElement item(Browser browser, long id) {
        return browser.find(By.xpath(itemXpath(id)));
    }

    private static int rowIndex(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.activeElement.closest('tr[data-ri]'); return r ? Number(r.getAttribute('data-ri')) : -1;")).intValue();
    }

    private static void chord(Browser browser, CharSequence key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
        browser.waitForAjax();
    }
}

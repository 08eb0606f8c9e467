package org.oretrace.app.it.screens;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oretrace.app.it.screens.NextToField.assertMessage;

/**
 * Issue 17, the registry's forms and its sanctions queue. The RMAP import's second step and the status vocabulary say
 * what is missing next to the field; the sanctions hits are worked by keyboard with their evidence (our smelter, its
 * country, the score, the SDN entry with its program and remarks) in view, and a dismissal without a reason is refused
 * next to the row's reason field.
 *
 * <p>The hits come from an SDN excerpt of this test's own: OFAC's three entries other ITs decide (kept, so that their
 * hits stay "still listed") and two made-up entries named like two smelters no other IT touches, dated before every
 * other test's list so that it never becomes the newest list while theirs exist. The confirmed hit is dismissed again at
 * the end (no other test on this server must see that smelter sanctioned).
 */
class RegistryFormsBrowserIT {

    private static final int MORRIS = 990171;
    private static final int PONGPIPAT = 990172;
    private static Browser browser;

    @BeforeAll
    static void signIn() {
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
    void theRmapImportAndTheStatusWordsSayWhatIsMissingNextToTheField() throws IOException {
        Path list = Files.createTempDirectory("oretrace-h17-rmap").resolve("rmi-list-h17.csv");
        // one of RMI's lists as downloaded, without the title line that carries its date: no status column, no date
        Files.writeString(list, """
                METAL,SMELTER ID,STANDARD SMELTER NAME,COUNTRY LOCATION,LAST AUDIT DATE,AUDIT CYCLE,REAUDIT IN PROGRESS
                Gold,CID002282,Morris and Watson,NEW ZEALAND,2094-11-02,12 Months,No
                """, StandardCharsets.UTF_8);
        browser.go("/registry/admin/imports.xhtml");
        browser.find(By.id("rmapUpload:rmapFile_input")).sendKeys(list.toString());
        browser.waitForText("no status column, so one of RMI's lists: say which");

        browser.click(By.id("rmapForm:importRmap"));
        assertMessage(browser, "rmapForm:rmapList", "so it is one of RMI's lists: say which");
        new Select(browser.find(By.id("rmapForm:rmapList"))).selectByVisibleText("RMI Conformant list");
        browser.click(By.id("rmapForm:importRmap"));
        assertMessage(browser, "rmapForm:rmapAsOf", "Give the date RMI's Conformant list was downloaded");
        browser.screenshot("h17-forms-rmap-import");

        browser.click(By.id("vocabulary:addTerm"));
        assertMessage(browser, "vocabulary:newTerm", "Give the status word to map");
        browser.screenshot("h17-forms-status-words");
        assertThat(Api.asAdmin().get("/api/smelters/CID002282").json().toString()).doesNotContain("rmi-list-h17");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSanctionsHitsAreWorkedByKeyboardWithTheirEvidence() throws IOException {
        importExcerpt();
        browser.go("/registry/sanctions.xhtml");
        WebElement morris = browser.find(By.xpath(row(MORRIS)));
        String evidence = morris.getText();
        assertThat(evidence).contains("CID002282").contains("Morris and Watson").containsIgnoringCase("New Zealand")
                .contains(MORRIS + " · MORRIS AND WATSON").contains("TCO").contains("Registration Number H17 (New Zealand)")
                .containsPattern("\\d\\.\\d\\d");
        assertThat(browser.find(By.xpath(row(PONGPIPAT))).getText()).contains("CID003208").contains("Pongpipat")
                .containsIgnoringCase("Myanmar").contains("BURMA");
        browser.screenshot("h17-sanctions-queue");

        // Alt+Down to the next hit, Alt+Up back
        morris.findElement(By.cssSelector("input[id$=':reason']")).click();
        int index = rowIndex();
        long rows = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll('.ot-queue tbody tr[data-ri]').length;")).longValue();
        assertThat(rows).isGreaterThanOrEqualTo(2);
        if (index + 1 < rows) {
            chord(Keys.ARROW_DOWN);
            assertThat(rowIndex()).as("Alt+Down: the next hit").isEqualTo(index + 1);
            chord(Keys.ARROW_UP);
        } else {
            chord(Keys.ARROW_UP);
            assertThat(rowIndex()).as("Alt+Up: the previous hit").isEqualTo(index - 1);
            chord(Keys.ARROW_DOWN);
        }
        assertThat(rowIndex()).isEqualTo(index);

        // Alt+U dismisses: without a reason it is refused next to the row's reason field, nothing is decided
        chord(Keys.chord("u"));
        assertMessage(browser, "hits:table:" + index + ":reason", "A dismissal needs a reason: write why the SDN entry is not"
                + " this smelter or supplier");
        browser.screenshot("h17-sanctions-reason-missing");
        browser.find(By.xpath(row(MORRIS) + "//input[contains(@id,':reason')]")).click();
        browser.driver().switchTo().activeElement().sendKeys("Morris and Watson is a refiner in Auckland, not this entry");
        chord(Keys.chord("u"));
        browser.waitForText("Hit dismissed");
        assertThat(browser.findAll(By.xpath(row(MORRIS)))).isEmpty();

        // Alt+Enter confirms with the reason typed
        browser.find(By.xpath(row(PONGPIPAT) + "//input[contains(@id,':reason')]")).click();
        browser.driver().switchTo().activeElement().sendKeys("Same company, Burma program");
        chord(Keys.ENTER);
        browser.waitForText("confirmed as SDN entry " + PONGPIPAT);
        assertThat(browser.findAll(By.xpath(row(PONGPIPAT)))).isEmpty();
        browser.screenshot("h17-sanctions-keyboard");
        assertThat(browser.consoleErrors()).isEmpty();

        JsonObject confirmed = hit(PONGPIPAT, "confirmed");
        assertThat(confirmed.getString("reason")).isEqualTo("Same company, Burma program");
        assertThat(hit(MORRIS, "dismissed").getString("reason")).startsWith("Morris and Watson is a refiner");
        // no other test on this server may see Pongpipat sanctioned
        Api.Response undone = Api.asAdmin().postJson("/api/screening/hits/" + confirmed.getInt("id") + "/dismiss",
                "{\"reason\":\"made-up SDN entry of RegistryFormsBrowserIT\"}");
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
    }

    private static String row(int entry) {
        return "//*[@id='hits:table']//tbody/tr[.//span[contains(@class,'ot-sdn-name') and starts-with(normalize-space(), '"
                + entry + " ')]]";
    }

    private static JsonObject hit(int entry, String status) {
        return Api.asAdmin().get("/api/screening/hits?status=" + status).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getInt("sdnEntryNumber") == entry).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " hit on SDN entry " + entry));
    }

    private static int rowIndex() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.activeElement.closest('tr[data-ri]'); return r ? Number(r.getAttribute('data-ri')) : -1;")).intValue();
    }

    private static void chord(CharSequence key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
        browser.waitForAjax();
    }

    /** Imports the excerpt (waiting while another test's screening runs) and waits for its screening to finish. */
    private static void importExcerpt() throws IOException {
        List<String> real = Files.readAllLines(Path.of(System.getProperty("oretrace.shared.dir", "../shared"), "reference",
                "ofac-sdn-2024-05-03.csv"), StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        for (int entry : new int[]{32791, 44088, 24683}) {
            lines.add(real.stream().filter(l -> l.startsWith(entry + ",")).findFirst().orElseThrow());
        }
        lines.add(MORRIS + ",\"MORRIS AND WATSON\",-0- ,\"TCO\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"Registration Number H17 (New Zealand).\"");
        lines.add(PONGPIPAT + ",\"PONGPIPAT COMPANY LIMITED\",-0- ,\"BURMA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        byte[] csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        long until = System.currentTimeMillis() + 300_000;
        while (true) {
            Api.Response response = Api.asAdmin().postFile("/api/sanctions/lists", "file", "sdn-h17.csv", csv,
                    Map.of("date", "2024-04-30"));
            if (response.status() == 202) {
                JsonObject screening = Api.asAdmin().awaitScreening(response);
                assertThat(screening.getString("state")).as(screening.toString()).isEqualTo("FINISHED");
                return;
            }
            assertThat(response.body()).as(response.toString()).contains("already running");
            assertThat(System.currentTimeMillis()).as("another screening ran for five minutes").isLessThan(until);
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

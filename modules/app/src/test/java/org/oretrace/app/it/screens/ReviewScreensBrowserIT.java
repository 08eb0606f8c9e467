package org.oretrace.app.it.screens;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: the match review offers only smelters of the row's metal; the audit filter says what is wrong, next to the field. */
class ReviewScreensBrowserIT {

    private static final String TIN_NAME = "Seventeen Tin Works of Nowhere";

    @Test
    void theSmelterChoiceOffersOnlyTheRowsMetal() {
        Api.Response submitted = Api.asAdmin().postJson("/api/registry/reviews", "{\"metal\":\"Tin\",\"name\":\"" + TIN_NAME
                + "\",\"country\":\"Bolivia\",\"sourceType\":\"Declaration\",\"sourceRef\":\"IT/h17\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/reviews.xhtml");
            browser.waitForText(TIN_NAME);
            String row = "//tr[.//span[contains(@class,'ot-reported-name') and text()='" + TIN_NAME + "']]";
            // "Metal" is in the names of tin smelters and of gold refiners (Metalor) alike
            browser.type(By.xpath(row + "//input[contains(@id,'smelter_input')]"), "Metal");
            List<WebElement> items = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                List<WebElement> shown = d.findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"))
                        .stream().filter(WebElement::isDisplayed).toList();
                return shown.isEmpty() ? null : shown;
            });
            browser.screenshot("h17-match-review-autocomplete");
            assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.getText()).contains("(Tin,"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theQueueWorksByKeyboard() {
        String name = "Seventeen Keyboard Gold Refinery";
        Api.Response submitted = Api.asAdmin().postJson("/api/registry/reviews", "{\"metal\":\"Gold\",\"name\":\"" + name
                + "\",\"country\":\"Australia\",\"sourceType\":\"Declaration\",\"sourceRef\":\"IT/h17 keyboard\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/reviews.xhtml");
            browser.waitForText(name);
            String row = "//tr[.//span[contains(@class,'ot-reported-name') and text()='" + name + "']]";
            WebElement field = browser.find(By.xpath(row + "//input[contains(@id,'smelter_input')]"));
            field.click();
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            String activeRow = "var r = document.activeElement.closest('tr[data-ri]'); return r ? Number(r.getAttribute('data-ri')) : -1;";
            long start = ((Number) js.executeScript(activeRow)).longValue();
            long rowCount = ((Number) js.executeScript("return document.querySelectorAll('.ot-queue tbody tr[data-ri]').length;")).longValue();
            if (start + 1 < rowCount) {
                field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.ALT, org.openqa.selenium.Keys.ARROW_DOWN));
                assertThat(((Number) js.executeScript(activeRow)).longValue()).as("Alt+Down: the next name").isEqualTo(start + 1);
                browser.driver().switchTo().activeElement()
                        .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.ALT, org.openqa.selenium.Keys.ARROW_UP));
                assertThat(((Number) js.executeScript(activeRow)).longValue()).as("Alt+Up: back").isEqualTo(start);
            }
            WebElement again = browser.driver().switchTo().activeElement();
            again.sendKeys("CID002030");
            browser.find(By.xpath(row + "//input[contains(@id,'note')]")).sendKeys("the Perth Mint, by keyboard");
            browser.driver().switchTo().activeElement()
                    .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.ALT, org.openqa.selenium.Keys.ENTER));
            try {
                browser.waitForText("'" + name + "' is now known as CID002030");
            } catch (RuntimeException e) {
                throw new AssertionError("Alt+Enter did not confirm; screenshot " + browser.screenshot("h17-match-review-keyboard-failed")
                        + ", console " + browser.consoleErrors() + ", page:\n" + browser.pageText(), e);
            }
            browser.waitForAjax();
            browser.screenshot("h17-match-review-keyboard");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void badAuditFilterInputGetsAMessageNextToTheField() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/audit.xhtml");
            browser.type(By.id("audit:from"), "last tuesday");
            browser.click(By.id("audit:search"));
            WebElement fromMessage = browser.find(By.xpath("//input[@id='audit:from']/following-sibling::*[contains(@class,'ui-message')]"));
            assertThat(fromMessage.getText()).contains("From: not a date; enter one such as 2024-05-31");

            browser.type(By.id("audit:from"), "2024-05-31");
            browser.type(By.id("audit:to"), "2024-05-01");
            browser.click(By.id("audit:search"));
            WebElement toMessage = browser.find(By.xpath("//input[@id='audit:to']/following-sibling::*[contains(@class,'ui-message')]"));
            assertThat(toMessage.getText()).contains("the period ends before it starts");
            browser.screenshot("h17-audit-filter");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}

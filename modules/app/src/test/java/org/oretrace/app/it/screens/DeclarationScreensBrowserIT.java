package org.oretrace.app.it.screens;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the screens people work in all day read as words and in their own time, and the declaration opens
 * on what needs doing. A COMPLIANCE user with a profile (full name, title, Tokyo time, British dates) works a
 * declaration whose contact email is wrong.
 */
class DeclarationScreensBrowserIT {

    private static final String USER = "h17-dana";
    private static final String PASSWORD = "h17-dana-password-1";
    private static final String COMPANY = "Screens Seventeen Metals Ltd.";
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b");

    private static Api dana;
    private static long id;
    private static Instant receivedAt;

    @BeforeAll
    static void aDeclarationToWorkOn() {
        dana = Api.newUser(USER, "COMPLIANCE", PASSWORD);
        byte[] file = CmrtFile.of("6.5").set("D8", COMPANY).set("D16", "not-an-address").toBytes();
        JsonObject json = dana.postFile("/api/declarations", "file", "h17 screens.xlsx", file).json();
        assertThat(json.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        id = json.getJsonNumber("id").longValue();
        receivedAt = Instant.parse(dana.get("/api/declarations/" + id).json().getString("receivedAt"));
    }

    @Test
    void theListShowsWordsAndTheUsersOwnTime() {
        try (Browser browser = Browser.open()) {
            browser.login(USER, PASSWORD);
            setProfile(browser);

            browser.go("/intake/declarations.xhtml");
            assertThat(browser.find(By.id("userForm:currentUser")).getText()).contains("Dana Whitfield");
            browser.type(By.id("list:text"), COMPANY).click(By.id("list:search"));
            WebElement table = browser.find(By.id("list:declarations"));
            String rows = table.getText();
            assertThat(rows).contains(COMPANY).contains("Needs follow-up");
            assertThat(ISO_TIMESTAMP.matcher(browser.pageText()).find()).as(browser.pageText()).isFalse();
            assertThat(RAW_CODE.matcher(rows).find()).as(rows).isFalse();
            // the status is a coloured tag with the code in its tooltip
            WebElement status = table.findElement(By.xpath(".//span[normalize-space()='Needs follow-up']"));
            assertThat(status.getAttribute("class")).contains("ot-tag-warn");
            assertThat(status.getAttribute("title")).isEqualTo("NEEDS_FOLLOW_UP");
            // received: in the user's zone and date format, chosen on My profile
            String expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag("en-GB")).withZone(ZoneId.of("Asia/Tokyo")).format(receivedAt);
            assertThat(table.findElement(By.cssSelector(".ot-received")).getText()).isEqualTo(expected);
            assertThat(table.findElement(By.cssSelector(".ot-received")).getAttribute("title")).contains("Japan");
            // no column clips its content
            Object clipped = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('#list\\\\:declarations td, #list\\\\:declarations th'))"
                            + ".filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim());");
            assertThat((java.util.List<?>) clipped).as("clipped cells").isEmpty();
            browser.screenshot("h17-declarations-list");

            // an empty list says why and what to do
            browser.type(By.id("list:text"), "zz-h17-nothing-like-this").click(By.id("list:search"));
            assertThat(browser.find(By.id("list:declarations")).getText())
                    .contains("No declarations whose file, company or sender contains \"zz-h17-nothing-like-this\"")
                    .contains("shorten the search text");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theDetailOpensOnTheFindingsAndTheMailIsSignedByThePerson() {
        try (Browser browser = Browser.open()) {
            browser.login(USER, PASSWORD);
            setProfile(browser);
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.go("/intake/declaration.xhtml?id=" + id);
            browser.waitForText("Findings");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Needs follow-up");
            assertThat(browser.findAll(By.id("declaration:accept"))).as("the decision is at the top").hasSize(1);

            WebElement first = browser.find(By.cssSelector(".ot-findings tbody tr"));
            long top = ((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].getBoundingClientRect().top;", first)).longValue();
            long viewport = ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;")).longValue();
            browser.screenshot("h17-declaration-detail-1366x768");
            assertThat(top).as("first finding's top at 1366x768").isLessThan(768).isLessThan(viewport);
            assertThat(first.findElement(By.xpath("ancestor::div[contains(@class,'ot-findings')]/preceding-sibling::div[contains(@class,'ot-table-head')][1]/h3")).getText())
                    .contains("error");

            WebElement email = browser.find(By.xpath("//table//tr[td[contains(.,'Contact email')]]"));
            assertThat(email.getText()).contains("Invalid email").contains("not-an-address").contains("Declaration!D16");
            assertThat(email.findElement(By.xpath(".//td[1]/span")).getAttribute("title")).isEqualTo("Rule INVALID_EMAIL");
            assertThat(email.findElements(By.linkText("Declaration!D16"))).hasSize(1);
            assertThat(email.findElement(By.cssSelector("a.ot-finding-draft")).getAttribute("href")).endsWith("#declaration:draft");

            // the corrective action: signed with the full name and title of the profile, previewed as the supplier reads it
            String preview = browser.find(By.id("previewBody")).getText();
            assertThat(preview).contains("Kind regards,\nDana Whitfield\nSupplier Compliance Manager")
                    .doesNotContain(USER).contains("cell D16");
            browser.type(By.id("declaration:subject"), "Your CMRT: one correction, please");
            browser.type(By.id("declaration:to"), "dana.supplier@example.com");
            browser.click(By.id("declaration:previewDraft"));
            assertThat(browser.find(By.id("declaration:previewSubject")).getText()).isEqualTo("Your CMRT: one correction, please");
            assertThat(browser.find(By.id("declaration:previewTo")).getText()).isEqualTo("dana.supplier@example.com");
            assertThat(browser.find(By.id("declaration:history")).getText()).contains("Answered:").contains("h17 screens.xlsx");

            browser.click(By.id("declaration:sendDraft"));
            browser.waitForText("is in the outbox");
            assertThat(browser.find(By.id("declaration:history")).getText()).contains("Asked:")
                    .contains("Corrective action sent by " + USER).contains("Your CMRT: one correction, please");
            assertThat(RAW_CODE.matcher(browser.find(By.id("declaration:draft")).getText()).find()).isFalse();
            browser.driver().manage().window().setSize(new Dimension(1366, 2400));
            browser.screenshot("h17-corrective-action");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aRejectedUploadShowsItsReasonNotNoFindings() {
        JsonObject json = dana.postFile("/api/declarations", "file", "h17 not a workbook.xlsx",
                "this is a letter, not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        long rejected = json.getJsonNumber("id").longValue();
        try (Browser browser = Browser.open()) {
            browser.login(USER, PASSWORD);
            browser.go("/intake/declaration.xhtml?id=" + rejected);
            browser.waitForText("The file was not read");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Rejected");
            assertThat(browser.find(By.id("declaration:rejectionMessage")).getText()).isNotBlank();
            assertThat(browser.pageText()).doesNotContain("No findings").doesNotContain(" ·  · ");
            assertThat(RAW_CODE.matcher(browser.find(By.id("declaration:rejection")).getText()).find())
                    .as(browser.find(By.id("declaration:rejection")).getText()).isFalse();
            browser.screenshot("h17-declaration-rejected");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theHomePageSaysFirstWhatNeedsDoingToday() {
        try (Browser browser = Browser.open()) {
            browser.login(USER, PASSWORD);
            browser.go("/index.xhtml");
            WebElement today = browser.find(By.id("today"));
            assertThat(today.getText()).startsWith("What needs doing today").contains("days to the Form SD deadline");
            long todayTop = today.getLocation().getY();
            assertThat(todayTop).as("before the figures").isLessThan(browser.find(By.id("tiles")).getLocation().getY());
            WebElement followUp = today.findElement(By.partialLinkText("follow-up"));
            assertThat(followUp.getText()).matches("\\d+ declarations? needs? follow-up");
            browser.screenshot("h17-home-today");
            followUp.click();
            browser.waitForText("Declarations");
            assertThat(browser.currentPath()).contains("status=NEEDS_FOLLOW_UP");
            String rows = browser.find(By.id("list:declarations")).getText();
            assertThat(rows).contains("Needs follow-up").doesNotContain("Accepted\n");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Full name, title, Tokyo time and British dates, through My profile. */
    static void setProfile(Browser browser) {
        browser.go("/profile.xhtml");
        browser.type(By.id("about:fullName"), "Dana Whitfield");
        browser.type(By.id("about:title"), "Supplier Compliance Manager");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("PF('timeZoneMenu').selectValue('Asia/Tokyo'); PF('localeMenu').selectValue('en-GB');");
        browser.click(By.id("about:save"));
        browser.waitForText("Profile saved");
    }
}

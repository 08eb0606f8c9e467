package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.Server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo year (the separate demo server), as a new user would: the workspace's pre-flight panel lists what stands
 * between the draft and a signature; each item's link opens the screen that resolves it; the preview tab shows the EDGAR
 * documents that will be filed beside the same items; and Finalize is refused while blocking items remain (no override
 * given). Nothing is changed, so the other demo ITs see the demo as loaded.
 */
class PreflightDemoBrowserIT {

    private static final int YEAR = 2023;

    /** What each item's screen shows: its page title, and for workspace tabs the field that resolves it. */
    private static final Map<String, String> TITLES = Map.of(
            "TEMPLATE_TEXT", "Form SD 2023", "LAST_YEAR_TEXT", "Form SD 2023", "REGISTRANT_MISSING", "Form SD 2023",
            "EDGAR_CHECK_FAILING", "Form SD 2023", "SUPPLIERS_WITHOUT_OUTCOME", "Campaign 2023",
            "DECLARATIONS_AWAITING_DECISION", "Declarations", "OPEN_MATCH_REVIEWS", "Match reviews",
            "OPEN_SANCTIONS_HITS", "Sanctions hits", "UNRESOLVED_SMELTER_NAMES", "Smelter list 2023",
            "RMAP_STATUS_UNKNOWN", "Smelter list 2023");

    @Test
    void aNewUserFollowsEachPreflightLinkToTheScreenThatResolvesItAndCannotFinalizeYet() {
        Api demo = Api.demoAdmin();
        assertThat(demo.post("/api/filings/" + YEAR).status()).isEqualTo(200);
        List<JsonObject> items = demo.get("/api/filings/" + YEAR + "/preflight").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        // the demo fills the cover page; what a new user meets is the template text and the year's open work
        assertThat(items).extracting(i -> i.getString("code")).contains("TEMPLATE_TEXT", "SUPPLIERS_WITHOUT_OUTCOME",
                "DECLARATIONS_AWAITING_DECISION", "OPEN_MATCH_REVIEWS", "RMAP_STATUS_UNKNOWN");
        assertThat(items).anyMatch(i -> i.getString("severity").equals("BLOCKING"));

        try (Browser browser = Browser.open(Server.demoBaseUrl())) {
            browser.login(Server.ADMIN_USER, Server.ADMIN_PASSWORD);
            browser.go("/filing/workspace.xhtml?year=" + YEAR);
            String panel = browser.find(By.id("ws:preflight")).getText();
            Map<String, String> links = new LinkedHashMap<>();
            for (JsonObject item : items) {
                String code = item.getString("code");
                assertThat(panel).as(code).contains(item.getString("message").substring(0, Math.min(40, item.getString("message").length())));
                WebElement link = browser.find(By.cssSelector("a.preflight-link-" + code));
                assertThat(link.getText()).isEqualTo("Resolve");
                links.put(code, link.getAttribute("href"));
            }

            // the preview: what will be filed, the form and its exhibit, beside the same items and their links
            browser.go("/filing/workspace.xhtml?year=" + YEAR + "&tab=preview");
            assertThat(browser.find(By.id("previewFrame")).getAttribute("src")).endsWith("/form-sd.htm");
            for (JsonObject item : items) {
                assertThat(browser.find(By.cssSelector("a.preview-link-" + item.getString("code"))).getAttribute("href"))
                        .isEqualTo(links.get(item.getString("code")));
            }

            for (Map.Entry<String, String> link : links.entrySet()) {
                String code = link.getKey();
                browser.driver().get(link.getValue());
                browser.waitForAjax();
                assertThat(browser.title()).as(code + " opens " + link.getValue()).contains(TITLES.getOrDefault(code, ""))
                        .doesNotContain("Not found").doesNotContain("went wrong").doesNotContain("Not allowed");
                switch (code) {
                    case "REGISTRANT_MISSING" -> assertThat(browser.find(By.id("ws:tabs:name")).isDisplayed()).as(code).isTrue();
                    case "TEMPLATE_TEXT", "LAST_YEAR_TEXT" -> assertThat(browser.findAll(By.tagName("textarea")).stream()
                            .filter(WebElement::isDisplayed).map(t -> t.getAttribute("id")))
                            .as(code + ": the report text is open for editing").anyMatch(id -> id.endsWith(":text"));
                    case "EDGAR_CHECK_FAILING" -> assertThat(browser.find(By.id("previewFrame")).isDisplayed()).isTrue();
                    case "DECLARATIONS_AWAITING_DECISION" -> assertThat(browser.pageText()).as(code).contains("CMRT_S-");
                    case "UNRESOLVED_SMELTER_NAMES" -> assertThat(browser.pageText()).contains("Unresolved names (");
                    case "RMAP_STATUS_UNKNOWN" -> {
                        // exactly the smelters without a status: the list filtered to them, every row Unknown
                        assertThat(browser.pageText()).contains("RMAP unknown");
                        List<WebElement> rows = browser.findAll(By.cssSelector("[id$='list_data'] tr"));
                        assertThat(rows).isNotEmpty().allMatch(r -> r.getText().contains("Unknown"));
                    }
                    case "SUPPLIERS_WITHOUT_OUTCOME" -> assertThat(browser.pageText()).contains("Response rate");
                    default -> assertThat(browser.pageText()).isNotBlank();
                }
                assertThat(browser.consoleErrors()).as(code).isEmpty();
            }

            // Finalize is refused with the blocking items; the draft stays a draft
            browser.go("/filing/workspace.xhtml?year=" + YEAR + "&tab=docs");
            browser.click(By.id("ws:tabs:finalize"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            // finalizing renders every document of the demo year before it checks (the same data it would freeze): slow
            // on a loaded machine, so wait longer than Browser.waitForText's minute
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(4))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> browser.pageText().contains("Cannot finalize"));
            assertThat(browser.find(By.id("status")).getText()).contains("Draft");
            assertThat(browser.findAll(By.id("ws:tabs:overrideReason"))).as("an ADMIN is offered the override with a reason").isNotEmpty();
        }
        assertThat(demo.get("/api/filings/" + YEAR + "/facts").json().getBoolean("frozen")).isFalse();
        assertThat(demo.post("/api/filings/" + YEAR + "/finalize").status()).isEqualTo(409);
    }
}

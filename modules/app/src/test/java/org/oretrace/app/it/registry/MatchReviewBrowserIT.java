package org.oretrace.app.it.registry;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** A person confirms a reported name in the review queue; from then on the name matches automatically. */
class MatchReviewBrowserIT {

    private static final String NAME = "Perth Mint Bullion Works Newburn WA";

    @Test
    void aConfirmedNameMatchesAutomaticallyAfterwards() {
        String row = "[{\"metal\":\"Gold\",\"name\":\"" + NAME + "\",\"country\":\"Australia\"}]";
        JsonObject before = Api.asAdmin().postJson("/api/smelters/match", row).jsonArray().getJsonObject(0);
        assertThat(before.getString("method")).isEqualTo("UNRESOLVED");

        Api.Response submitted = Api.asAdmin().postJson("/api/registry/reviews", "{\"metal\":\"Gold\",\"name\":\"" + NAME
                + "\",\"country\":\"Australia\",\"sourceType\":\"Declaration\",\"sourceRef\":\"IT/row 5\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().isNull("reviewId")).isFalse();

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/reviews.xhtml");
            browser.waitForText(NAME);
            String rowXpath = "//tr[.//span[contains(@class,'ot-reported-name') and text()='" + NAME + "']]";
            browser.type(By.xpath(rowXpath + "//input[contains(@id,'smelter_input')]"), "CID002030");
            browser.type(By.xpath(rowXpath + "//input[contains(@id,'note')]"), "Perth Mint's refinery");
            browser.click(By.xpath(rowXpath + "//button[contains(@id,'confirm')]"));
            browser.waitForText("is now known as CID002030");
            assertThat(browser.pageText()).doesNotContain(NAME + "\n");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.go("/registry/admin/imports.xhtml");
            browser.waitForText("Status vocabulary");
            // the shipped lists (6.01 to 6.5) were loaded on first start and logged
            assertThat(browser.find(By.id("imports")).getText()).contains("CMRT 6.5").contains("349");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.go("/registry/smelter.xhtml?id=CID002030");
            browser.waitForText("Western Australian Mint");
            assertThat(browser.find(By.id("aliases")).getText()).contains(NAME).contains("confirmed in review");
        }

        JsonObject after = Api.asAdmin().postJson("/api/smelters/match", row).jsonArray().getJsonObject(0);
        assertThat(after.getString("smelterId")).isEqualTo("CID002030");
        assertThat(after.getString("method")).isEqualTo("CONFIRMED");
        assertThat(Api.asAdmin().get("/api/audit?type=Smelter&id=CID002030").jsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("alias learned");
    }

    @Test
    void aComplianceUserFlagsACahraAndTheChangeIsAudited() {
        Api.newUser("registry-compliance", "COMPLIANCE", "registry-compliance-1");
        try (Browser browser = Browser.open()) {
            browser.login("registry-compliance", "registry-compliance-1");
            browser.go("/registry/countries.xhtml");
            String row = "//tr[td[2][normalize-space()='COLOMBIA']]";
            browser.click(By.xpath(row + "//div[contains(@class,'ui-chkbox-box')]"));
            browser.type(By.xpath(row + "//input[contains(@id,'note')]"), "illegal gold mining");
            browser.click(By.xpath(row + "//button[contains(@id,'save')]"));
            browser.waitForText("COLOMBIA: CAHRA set.");
            assertThat(browser.consoleErrors()).isEmpty();
        }
        assertThat(Api.asAdmin().get("/api/audit?type=Country&id=CO").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("registry-compliance");
                    assertThat(e.getString("summary")).contains("CAHRA false → true (illegal gold mining)");
                });
    }

    @Test
    void theRegistryScreensOpenForAViewer() {
        Api.newUser("registry-browser", "VIEWER", "registry-browser-1");
        try (Browser browser = Browser.open()) {
            browser.login("registry-browser", "registry-browser-1");
            browser.go("/registry/smelters.xhtml");
            browser.type(By.id("browser:text"), "agosi");
            browser.click(By.id("browser:search"));
            browser.waitForText("1 smelters");
            browser.screenshot("registry-smelters-search");
            assertThat(browser.find(By.id("browser:table")).getText()).as(() -> browser.pageText() + "\n" + browser.consoleErrors())
                    .contains("Agosi AG").contains("1 smelters");
            for (String page : new String[]{"/registry/reviews.xhtml", "/registry/sanctions.xhtml", "/registry/countries.xhtml",
                    "/registry/smelter.xhtml?id=CID000035"}) {
                browser.go(page);
                assertThat(browser.pageText()).as(page).doesNotContain("Something went wrong").doesNotContain("Not allowed");
            }
            assertThat(browser.pageText()).contains("Agosi AG");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.go("/registry/admin/imports.xhtml");
            assertThat(browser.pageText()).contains("Not allowed");
        }
    }
}

package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Red flags put a declaration into risk review until a compliance officer records the assessment and the action:
 * through the screens (upload, the flag shown, "accept with reason", the audit trail) and through REST.
 */
class RiskReviewBrowserIT {

    private static final Api ADMIN = Api.asAdmin();

    @Test
    void coveredCountrySourcingIsReviewedAndAcceptedWithAReasonOnTheScreens() throws Exception {
        Path dir = Files.createTempDirectory("risk-review-it");
        Path file = Files.write(dir.resolve("Risk Review Tin 6.5.xlsx"), CmrtFile.of("6.5")
                .set("D8", "Risk Review Tin Works Ltd.").answer(3, Metal.TIN, "Yes")
                .comment(3, Metal.TIN, "Some tin from Rwanda").toBytes());

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            UploadBrowserIT.withoutYear(browser); // a file of no particular year (another test's campaign is running)
            browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d -> browser.pageText()
                    .contains("Risk Review Tin 6.5.xlsx") && !browser.findAll(By.linkText("Open")).isEmpty());
            browser.waitForAjax();
            assertThat(browser.find(By.id("resultsForm:results")).getText()).contains("Risk review");
            browser.click(By.linkText("Open"));
            browser.waitForText("Red flags and risk review");

            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Risk review");
            assertThat(browser.find(By.id("declaration:redFlagCount")).getText()).isEqualTo("1 red flag");
            assertThat(browser.find(By.id("declaration:redFlagTable")).getText()).contains("Covered country sourcing")
                    .contains("Declaration!D39");
            assertThat(browser.find(By.id("declaration:riskReviewTable")).getText()).contains("Not assessed yet");
            long id = Long.parseLong(browser.currentPath().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            browser.click(By.id("declaration:recordRiskReview"));
            browser.waitForText("Choose the action");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Risk review");

            assertThat(browser.find(By.id("declaration:riskOutcome")).getText()).contains("Accepted with reason")
                    .contains("Asked the supplier").contains("Escalated");
            browser.click(By.xpath("//label[normalize-space()='Accepted with reason']"));
            browser.type(By.id("declaration:riskAssessment"), "Tin from Rwanda through an RMAP conformant smelter");
            browser.click(By.id("declaration:recordRiskReview"));
            browser.waitForText("Risk review recorded: accepted.");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Accepted");
            assertThat(browser.find(By.id("declaration:riskReviewTable")).getText()).contains("Accepted with reason")
                    .contains("admin").contains("Tin from Rwanda through an RMAP conformant smelter");
            assertThat(browser.findAll(By.id("declaration:recordRiskReview"))).as("decided: no form any more").isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();

            assertThat(ADMIN.get("/api/audit?type=Declaration&id=" + id).jsonArray().getValuesAs(JsonObject.class))
                    .anySatisfy(e -> {
                        assertThat(e.getString("action")).isEqualTo("risk review");
                        assertThat(e.toString()).contains("Accepted with reason").contains("admin");
                    });
            JsonObject json = ADMIN.get("/api/declarations/" + id).json();
            assertThat(json.getString("status")).isEqualTo("ACCEPTED");
            assertThat(json.getJsonArray("riskReviews").getJsonObject(0).getString("outcome")).isEqualTo("ACCEPTED_WITH_REASON");
        }
    }

    @Test
    void theRiskReviewThroughRest() {
        byte[] flagged = CmrtFile.of("6.4").set("D8", "Risk Review REST Metals").answer(8, Metal.TIN, "No").toBytes();
        JsonObject json = ADMIN.postFile("/api/declarations", "file", "risk rest.xlsx", flagged).json();
        long id = json.getJsonNumber("id").longValue();
        assertThat(json.getString("status")).isEqualTo("RISK_REVIEW");
        assertThat(json.getJsonArray("redFlags").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(f -> assertThat(f.getString("code")).isEqualTo("INCOMPLETE_SMELTER_LIST"));
        assertThat(json.getJsonArray("riskReviews")).isEmpty();
        assertThat(ADMIN.get("/api/declarations?status=RISK_REVIEW").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getJsonNumber("id").longValue()).isEqualTo(id));

        String path = "/api/declarations/" + id + "/risk-review";
        Api.Response noAssessment = ADMIN.postJson(path, "{\"outcome\":\"ESCALATED\"}");
        assertThat(noAssessment.status()).isEqualTo(400);
        assertThat(noAssessment.json().getString("message")).contains("assessment");
        assertThat(ADMIN.postJson(path, "{\"outcome\":\"IGNORE\",\"assessment\":\"x\"}").status()).isEqualTo(400);
        Api viewer = Api.newUser("risk-viewer", "VIEWER", "risk-viewer-password-1");
        assertThat(viewer.postJson(path, "{\"outcome\":\"ESCALATED\",\"assessment\":\"x\"}").status()).isEqualTo(403);

        JsonObject escalated = ADMIN.postJson(path, "{\"outcome\":\"ESCALATED\",\"assessment\":\"To the steering committee\"}").json();
        assertThat(escalated.getString("status")).isEqualTo("RISK_REVIEW");
        JsonObject asked = ADMIN.postJson(path, "{\"outcome\":\"ASKED_SUPPLIER\",\"assessment\":\"Which smelters are missing?\","
                + "\"to\":\"ann.chen@acme.example\"}").json();
        assertThat(asked.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        assertThat(asked.getJsonArray("riskReviews").getValuesAs(JsonObject.class)).extracting(r -> r.getString("outcome"))
                .containsExactly("ESCALATED", "ASKED_SUPPLIER");
        assertThat(ADMIN.get("/api/audit?type=Declaration&id=" + id).body()).contains("corrective action sent")
                .contains("Asked the supplier");

        byte[] clean = CmrtFile.of("6.4").set("D8", "Risk Review Clean Metals").toBytes();
        long cleanId = ADMIN.postFile("/api/declarations", "file", "risk clean.xlsx", clean).json().getJsonNumber("id").longValue();
        Api.Response none = ADMIN.postJson("/api/declarations/" + cleanId + "/risk-review",
                "{\"outcome\":\"ACCEPTED_WITH_REASON\",\"assessment\":\"fine\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().getString("message")).contains("no red flags");
    }
}

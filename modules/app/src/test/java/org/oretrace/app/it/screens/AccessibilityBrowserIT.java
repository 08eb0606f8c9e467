package org.oretrace.app.it.screens;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA on the main screens, checked by axe-core (npm {@code axe-core} 4.14.1, vendored in
 * src/test/resources/axe with its licence) injected into each page through Selenium: no serious or critical
 * violation. Each page leaves a screenshot.
 */
class AccessibilityBrowserIT {

    private static final String RULES = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']}";

    @Test
    void theMainScreensHaveNoSeriousOrCriticalViolation() throws IOException {
        byte[] file = CmrtFile.of("6.5").set("D8", "Axe Check Metals Ltd.").set("D16", "axe at example").toBytes();
        long id = Api.asAdmin().postFile("/api/declarations", "file", "axe check.xlsx", file).json()
                .getJsonNumber("id").longValue();
        Api.Response supplier = Api.asAdmin().postJson("/api/suppliers",
                "{\"supplierNumber\":\"AXE-17\",\"name\":\"Axe Check Supplier\",\"inScope\":true,\"country\":\"Germany\"}");
        assertThat(supplier.status()).as(supplier.toString()).isIn(201, 409);
        long supplierId = Api.asAdmin().get("/api/suppliers/AXE-17").json().getJsonNumber("id").longValue();
        String axe;
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[][] pages = {
            {"home", "/index.xhtml"},
            {"suppliers", "/outreach/suppliers.xhtml"},
            {"campaigns", "/outreach/campaigns.xhtml"},
            {"outbox", "/outreach/outbox.xhtml"},
            {"declarations", "/intake/declarations.xhtml"},
            {"declaration", "/intake/declaration.xhtml?id=" + id},
            {"risk-reviews", "/intake/risk-reviews.xhtml"},
            {"match-review", "/registry/reviews.xhtml"},
            {"smelters", "/registry/smelters.xhtml"},
            {"filings", "/filing/filings.xhtml"},
            {"filing-workspace", "/filing/workspace.xhtml?year=2023"},
            {"profile", "/profile.xhtml"},
            {"audit", "/audit.xhtml"},
            {"supplier", "/outreach/supplier.xhtml?id=" + supplierId},
            {"supplier-import", "/outreach/import.xhtml"},
            {"templates", "/outreach/templates.xhtml"},
            {"upload", "/intake/upload.xhtml"},
            {"smelter", "/registry/smelter.xhtml?id=CID002030"},
            {"registry-imports", "/registry/admin/imports.xhtml"},
            {"categories", "/outreach/admin/categories.xhtml"},
            {"years-compared", "/filing/years.xhtml"},
            {"rollup", "/filing/rollup.xhtml?year=2023"},
            {"countries", "/registry/countries.xhtml"},
            {"sanctions-hits", "/registry/sanctions.xhtml"},
            {"filing-smelters", "/filing/smelters.xhtml?year=2023"},
        };
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            for (String[] page : pages) {
                browser.go(page[1]).waitForAjax();
                browser.screenshot("h17-axe-" + page[0]);
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                js.executeScript(axe);
                String result = (String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, " + RULES + ").then(r => done(JSON.stringify(r.violations)))"
                        + ".catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])));");
                JsonArray violations = Json.createReader(new StringReader(result)).readArray();
                for (JsonObject v : violations.getValuesAs(JsonObject.class)) {
                    String impact = v.isNull("impact") ? "" : v.getString("impact");
                    if (impact.equals("serious") || impact.equals("critical")) {
                        List<String> targets = v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().limit(4)
                                .map(n -> n.getJsonArray("target").toString()).toList();
                        problems.add(page[0] + ": " + impact + " " + v.getString("id") + " (" + v.getString("help") + ") at " + targets);
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}

package org.oretrace.app.it.filing;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The filing workspace in a real browser: start a year, fill the cover page, see facts, text and preview. */
class FilingWorkspaceBrowserIT {

    @Test
    void aComplianceOfficerStartsAYearFillsTheCoverPageAndPreviewsTheReport() {
        Api.newUser("filing-officer", "COMPLIANCE", "filing-officer-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("filing-officer", "filing-officer-password-1");
            browser.go("/filing/workspace.xhtml?year=2019");
            assertThat(browser.pageText()).contains("Form SD and Conflict Minerals Report 2019").contains("Not started");
            browser.click(By.id("ws:startYear"));
            browser.waitForText("Draft filing for 2019 started");
            assertThat(browser.find(By.id("status")).getText()).contains("Draft").contains("version 1");

            FilingFixtures.fillCoverPage(browser, "Mineração Gearboxes, Inc.", "001-35456");

            // a refusal reaches the person with its reason; the period stays as it was (the preview below says so)
            browser.click(By.xpath("//a[contains(., 'Annex A')]"));
            // the date pickers' text fields are set directly: typing races the pickers' own formatting
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('ws:tabs:periodStart_input').value = '2019-12-31';"
                            + "document.getElementById('ws:tabs:periodEnd_input').value = '2019-01-01';");
            browser.click(By.id("ws:tabs:saveOptions"));
            browser.waitForText("The reporting period must end on or after its first day");

            browser.click(By.xpath("//a[contains(., 'Facts')]"));
            assertThat(browser.find(By.id("ws:tabs:facts")).getText()).contains("Suppliers solicited")
                    .contains("{suppliersSolicited}").contains("Response rate (%)");

            browser.click(By.xpath("//a[contains(., 'Report text')]"));
            assertThat(browser.pageText()).contains("Reasonable Country of Origin Inquiry").contains("Company program")
                    .contains("Grievance mechanism {grievanceMechanism}");
            // a company program field, written on the Report text tab, is stored and named by the report
            By grievance = By.xpath("//textarea[@placeholder='[describe how concerns can be reported]']");
            browser.type(grievance, "Concerns can be reported anonymously through our ethics hotline.");
            browser.click(By.id("ws:tabs:saveText"));
            browser.waitForText("Text saved");
            browser.click(By.xpath("//a[contains(., 'Report text')]"));
            assertThat(browser.find(grievance).getAttribute("value"))
                    .isEqualTo("Concerns can be reported anonymously through our ethics hotline.");

            browser.click(By.xpath("//a[contains(., 'Preview')]"));
            // the preview is what will be filed: the EDGAR form itself, in a sandboxed frame, with the checker's verdict on
            // that document and the pre-flight (each item with its link) beside it
            assertThat(browser.find(By.id("previewCheck")).getText()).contains("EDGAR check of form-sd.htm").contains("passes");
            String frameSrc = browser.find(By.id("previewFrame")).getAttribute("src");
            assertThat(frameSrc).matches(".*/filing/preview/\\d+/form-sd\\.htm");
            assertThat(browser.find(By.id("previewFrame")).getAttribute("sandbox")).isEmpty();
            String sidePreflight = browser.find(By.id("previewPreflight")).getText();
            assertThat(sidePreflight).contains("Pre-flight").contains("Blocking").contains("[describe the products]");
            assertThat(browser.find(By.cssSelector("a.preview-link-TEMPLATE_TEXT")).getAttribute("href"))
                    .endsWith("/filing/workspace.xhtml?year=2019&tab=text");
            browser.driver().switchTo().frame("previewFrame");
            String preview = browser.find(By.tagName("body")).getText();
            browser.driver().switchTo().defaultContent();
            assertThat(preview).contains("FORM SD").contains("Mineração Gearboxes, Inc.").contains("001-35456")
                    .contains("EXHIBIT INDEX").contains("for the reporting period from January 1 to December 31, 2019")
                    .doesNotContain("Reasonable Country of Origin Inquiry").doesNotContain("{suppliersSolicited}");
            // the exhibit, chosen beside the frame: the report with Annex A, checked on its own
            browser.click(By.id("previewDoc-ex1-01"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("previewFrame")).getAttribute("src").endsWith("/ex1-01.htm"));
            assertThat(browser.find(By.id("previewCheck")).getText()).contains("EDGAR check of ex1-01.htm").contains("passes");
            browser.driver().switchTo().frame("previewFrame");
            String exhibit = browser.find(By.tagName("body")).getText();
            browser.driver().switchTo().defaultContent();
            assertThat(exhibit).contains("Exhibit 1.01").contains("Reasonable Country of Origin Inquiry").contains("ANNEX A")
                    .doesNotContain("SIGNATURES");
            // back to the form
            assertThat(browser.find(By.id("previewDoc-ex1-01")).getAttribute("aria-current")).isEqualTo("page");
            browser.click(By.id("previewDoc-form-sd"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("previewFrame")).getAttribute("src").endsWith("/form-sd.htm"));
            browser.driver().switchTo().frame("previewFrame");
            // the exhibit index names the exhibit by its file name, relative, as EDGAR resolves it within the submission
            assertThat(browser.find(By.linkText("Conflict Minerals Report as required by Items 1.01 and 1.02 of this Form"))
                    .getAttribute("href")).endsWith("/ex1-01.htm");
            browser.driver().switchTo().defaultContent();
            // byte for byte the download, served inline under a sandboxing policy
            Object frame = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "Promise.all([fetch(arguments[0]), fetch(arguments[0].replace('/preview/', '/download/'))])"
                            + ".then(([p, d]) => Promise.all([p.text(), d.text()]).then(([pt, dt]) => done(p.status + '|'"
                            + " + p.headers.get('Content-Security-Policy') + '|' + p.headers.get('Content-Disposition') + '|'"
                            + " + (pt === dt) + '|' + pt.length)));", frameSrc);
            String[] served = frame.toString().split("\\|");
            assertThat(served[0]).isEqualTo("200");
            assertThat(served[1]).startsWith("sandbox;").contains("default-src 'none'");
            assertThat(served[2]).startsWith("inline");
            assertThat(served[3]).as("preview equals the downloaded EDGAR HTML").isEqualTo("true");
            assertThat(Integer.parseInt(served[4])).isGreaterThan(1000);
            // only the EDGAR HTML is previewed, and only for a signed-in user
            assertThat(Api.anonymous().get(frameSrc.substring(frameSrc.indexOf("/filing/"))).status()).isIn(302, 401, 403);

            browser.click(By.xpath("//a[contains(., 'Documents and versions')]"));
            browser.click(By.id("ws:tabs:generate"));
            browser.waitForText("Documents generated; the EDGAR HTML passes the checker");
            String generatedHere = browser.find(By.id("ws:tabs:generated")).getText();
            assertThat(generatedHere)
                    .contains("form-sd.pdf").contains("ex1-01.pdf").contains("form-sd.html").contains("smelters.xlsx");
            assertThat(browser.find(By.id("ws:tabs:progress")).getText()).contains("100%");
            // the generation is a record in the database (any node shows it): its documents with their SHA-256
            jakarta.json.JsonObject generation = Api.asAdmin().get("/api/filings/2019/generations/latest").json();
            assertThat(generation.getString("state")).isEqualTo("FINISHED");
            assertThat(generation.getString("startedBy")).isEqualTo("filing-officer");
            assertThat(generation.getJsonArray("files")).hasSize(6);
            String pdfSha = generation.getJsonArray("files").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(f -> f.getString("name").equals("form-sd.pdf")).findFirst().orElseThrow().getString("sha256");
            assertThat(generatedHere).contains(pdfSha);
            // another person opening the workspace sees the same documents, not a page of their own without them
            Api.newUser("filing-watcher", "VIEWER", "filing-watcher-password-1");
            try (Browser other = Browser.open()) {
                other.login("filing-watcher", "filing-watcher-password-1");
                other.go("/filing/workspace.xhtml?year=2019");
                other.click(By.xpath("//a[contains(., 'Documents and versions')]"));
                assertThat(other.find(By.id("ws:tabs:generated")).getText()).contains(pdfSha).contains("smelters.xlsx");
            }

            // the versions table's download link works with the browser's session
            String href = browser.find(By.id("ws:tabs:versions:0:pdf")).getAttribute("href");
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                            + " + r.headers.get('Content-Type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))));", href);
            assertThat(answer.toString()).startsWith("200 application/pdf").endsWith("%PDF-");
            assertThat(browser.consoleErrors()).isEmpty();
        }
        assertThat(Api.asAdmin().get("/api/audit?type=Filing").body()).contains("Registrant information changed");
    }

    @Test
    void aViewerSeesTheWorkspaceReadOnly() {
        Api.asAdmin().post("/api/filings/2018");
        Api.newUser("filing-reader", "VIEWER", "filing-reader-password-1");
        try (Browser browser = Browser.open()) {
            browser.login("filing-reader", "filing-reader-password-1");
            browser.go("/filing/workspace.xhtml?year=2018");
            assertThat(browser.find(By.id("ws:tabs:name")).getAttribute("disabled")).isNotNull();
            assertThat(browser.findAll(By.id("ws:tabs:saveCover"))).isEmpty();
            browser.go("/filing/filings.xhtml");
            assertThat(browser.find(By.id("filings:years")).getText()).contains("2018");
            browser.go("/filing/smelters.xhtml?year=2018");
            assertThat(browser.pageText()).contains("Consolidated smelter list 2018");
        }
    }
}

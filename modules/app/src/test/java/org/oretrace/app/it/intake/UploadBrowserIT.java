package org.oretrace.app.it.intake;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.screens.TableScreen;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.csv.Csv;
import org.oretrace.intake.testing.Repackage;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload screen in a real browser: several files and a zip, a result line per file, then the detail page. */
class UploadBrowserIT {

    @Test
    void uploadsSeveralFilesAndAnArchiveWithAResultLinePerFile() throws Exception {
        Path dir = Files.createTempDirectory("intake-upload-it");
        Path good = Files.write(dir.resolve("Browser Good 6.5.xlsx"),
                CmrtFile.of("6.5").set("D8", "Browser Good Tin Ltd.").language("French").toBytes());
        Path followUp = Files.write(dir.resolve("Browser follow-up.xlsx"),
                CmrtFile.of("6.22").set("D8", "Browser Follow-up Co").set("D16", "nobody@").declare(Metal.GOLD).toBytes());
        Path emrt = Files.write(dir.resolve("Cobalt EMRT.xlsx"), Templates.bytes("RMI_EMRT_2.0.xlsx"));
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("batch/zip-one.xlsx", CmrtFile.of("6.4").set("D8", "Zipped One").toBytes());
        zipped.put("batch/zip-two.xlsx", CmrtFile.of("6.31").set("D8", "Zipped Two").toBytes());
        Path zip = Files.write(dir.resolve("March batch.zip"), Repackage.zip(zipped));

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            withoutYear(browser);
            assertThat(browser.pageText()).contains("Upload CMRTs");
            WebElement input = browser.find(By.cssSelector("input[type=file]"));
            input.sendKeys(String.join("\n", List.of(good.toString(), followUp.toString(), emrt.toString(), zip.toString())));

            try {
                new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d ->
                        browser.findAll(By.cssSelector("#resultsForm\\:results tbody tr")).size() >= 5
                                && browser.pageText().contains("zip-two.xlsx"));
            } catch (RuntimeException e) {
                throw new AssertionError("Upload did not finish; screenshot " + browser.screenshot("intake-upload")
                        + ", console " + browser.consoleErrors() + ", page:\n" + browser.pageText(), e);
            }
            browser.waitForAjax();
            String results = browser.find(By.id("resultsForm:results")).getText();
            assertThat(line(results, "Browser Good 6.5.xlsx")).contains("Accepted").contains("Browser Good Tin Ltd.");
            assertThat(line(results, "Browser follow-up.xlsx")).contains("Needs follow-up").contains("error");
            assertThat(line(results, "Cobalt EMRT.xlsx")).contains("Rejected").contains("Other RMI template")
                    .contains("(EMRT) revision 2.0");
            assertThat(line(results, "zip-one.xlsx")).contains("March batch.zip").contains("Accepted");
            assertThat(line(results, "zip-two.xlsx")).contains("Accepted");
            assertThat(browser.find(By.id("resultsForm:summary")).getText()).contains("5 file(s)").contains("1 rejected");

            browser.driver().findElements(By.cssSelector("#resultsForm\\:results tbody tr")).stream()
                    .filter(tr -> tr.getText().contains("Browser follow-up.xlsx")).findFirst().orElseThrow()
                    .findElement(By.linkText("Open")).click();
            browser.waitForText("Findings");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Needs follow-up");
            assertThat(browser.find(By.id("declaration:version")).getText()).isEqualTo("6.22");
            assertThat(browser.find(By.id("declaration:findingTable")).getText())
                    .contains("Invalid email").contains("Declaration!D16").contains("Metal without smelters");
            assertThat(browser.find(By.id("declaration:body")).getAttribute("value"))
                    .contains("cell D16").contains("Dear Ann Chen");
            assertThat(browser.find(By.id("declaration:answers")).getText()).contains("Tantalum").contains("Gold");

            browser.type(By.id("declaration:reason"), "Email address confirmed by phone");
            browser.click(By.id("declaration:accept"));
            browser.waitForText("Accepted by admin");
            assertThat(browser.find(By.id("declaration:status")).getText()).isEqualTo("Accepted");

            // Other tests share this server and upload newer files: search for ours rather than read the first page.
            browser.go("/intake/declarations.xhtml");
            assertThat(search(browser, "Browser Good Tin")).contains("Browser Good 6.5.xlsx").contains("Accepted");
            assertThat(search(browser, "Zipped Two")).contains("zip-two.xlsx").contains("Accepted");
            assertThat(search(browser, "Cobalt EMRT")).contains("Cobalt EMRT.xlsx").contains("Rejected");
            assertThat(search(browser, "Browser follow-up")).contains("Browser follow-up.xlsx").contains("Accepted")
                    .doesNotContain("Needs follow-up");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * The batch bar counts the files of the batch in hand: it climbs file by file to 100%, and a second
     * batch on the same page starts again from 0 (it used to count every file since the page opened).
     */
    @Test
    void theBatchProgressReachesOneHundredPercentForEachBatch() throws Exception {
        Path dir = Files.createTempDirectory("intake-progress-it");
        Path good = Files.write(dir.resolve("Progress good.xlsx"),
                CmrtFile.of("6.4").set("D8", "Progress Good Gold Ltd.").toBytes());
        Path followUp = Files.write(dir.resolve("Progress follow-up.xlsx"),
                CmrtFile.of("6.5").set("D8", "Progress Follow-up Co").set("D9", null).toBytes());
        Path pdf = Files.write(dir.resolve("Progress scan.xlsx"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("progress/zip-accepted.xlsx", CmrtFile.of("6.1").set("D8", "Progress Zipped Ltd.").toBytes());
        zipped.put("progress/zip-cobalt.xlsx", Templates.bytes("RMI_CRT_2.21.xlsx"));
        Path zip = Files.write(dir.resolve("Progress batch.zip"), Repackage.zip(zipped));
        Path csv = Files.write(dir.resolve("Progress list.csv"),
                "Metal,Smelter\nTin,Alpha\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path old = Files.write(dir.resolve("Progress old.xlsx"),
                CmrtFile.of("6.01").set("D8", "Progress Old Ltd.").set("J3", "Revision 5.12").toBytes());

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            withoutYear(browser);
            recordBatchProgress(browser);

            upload(browser, List.of(good, followUp, pdf, zip), 5);
            assertThat(batchProgress(browser)).as("first batch of four files").containsExactly(0, 25, 50, 75, 100);
            assertThat(browser.find(By.id("upload:batch")).getText()).contains("100%");
            String results = browser.find(By.id("resultsForm:results")).getText();
            assertThat(line(results, "Progress good.xlsx")).contains("Accepted").contains("Progress Good Gold Ltd.")
                    .contains("CMRT 6.4");
            assertThat(line(results, "Progress follow-up.xlsx")).contains("Needs follow-up").contains("1 error(s)");
            assertThat(line(results, "Progress scan.xlsx")).contains("Rejected").contains("Not XLSX").contains("PDF");
            assertThat(line(results, "zip-accepted.xlsx")).contains("Progress batch.zip").contains("Accepted");
            assertThat(line(results, "zip-cobalt.xlsx")).contains("Rejected").contains("Other RMI template")
                    .contains("Cobalt Reporting Template (CRT)");
            assertThat(browser.find(By.id("resultsForm:summary")).getText())
                    .contains("5 file(s): 2 accepted, 1 need follow-up, 2 rejected");

            upload(browser, List.of(csv, old), 7);
            assertThat(batchProgress(browser)).as("second batch on the same page")
                    .containsExactly(0, 25, 50, 75, 100, 0, 50, 100);
            results = browser.find(By.id("resultsForm:results")).getText();
            assertThat(line(results, "Progress list.csv")).contains("Rejected").contains("Not XLSX");
            assertThat(line(results, "Progress old.xlsx")).contains("Rejected").contains("Unsupported CMRT version")
                    .contains("5.12");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * A zip of returned CMRTs on the batch path from the screen (issue 18): every file is stored, then read after the
     * answer while the page polls the database; the count reaches the zip's total and each file shows its result.
     */
    @Test
    void aZipOfManyFilesShowsItsProgressAndEachFilesResult() throws Exception {
        Path dir = Files.createTempDirectory("intake-batch-zip-it");
        Path downloads = dir.resolve("downloads");
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("returns/Batch Screen Good 6.5.xlsx", CmrtFile.of("6.5").set("D8", "Batch Screen Tin Ltd.").toBytes());
        zipped.put("returns/Batch Screen Good 6.1.xlsx", CmrtFile.of("6.1").set("D8", "Batch Screen Gold AG").toBytes());
        zipped.put("returns/Batch Screen follow-up.xlsx",
                CmrtFile.of("6.22").set("D8", "Batch Screen Follow-up Co").set("D16", "nobody@").declare(Metal.GOLD).toBytes());
        zipped.put("returns/Batch Screen cobalt.xlsx", Templates.bytes("RMI_CRT_2.21.xlsx"));
        zipped.put("returns/Batch Screen scan.xlsx",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path zip = Files.write(dir.resolve("Campaign returns.zip"), Repackage.zip(zipped));

        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/intake/upload.xhtml");
            withoutYear(browser);
            browser.find(By.id("upload:batchZip_input")).sendKeys(zip.toString());
            try {
                new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d ->
                        browser.findAll(By.id("upload:batchCount")).size() == 1
                                && browser.find(By.id("upload:batchCount")).getText().contains("5 of 5 file(s) read"));
            } catch (RuntimeException e) {
                throw new AssertionError("The batch did not finish; screenshot " + browser.screenshot("intake-batch-zip")
                        + ", console " + browser.consoleErrors() + ", page:\n" + browser.pageText(), e);
            }
            browser.waitForAjax();
            Path shot = browser.screenshot("intake-batch-zip");
            assertThat(shot).exists();
            assertThat(browser.find(By.id("upload:batchCount")).getText()).startsWith("Campaign returns.zip: 5 of 5")
                    .contains("(batch ");
            assertThat(browser.find(By.id("upload:batchRead")).getText()).contains("100%");
            String lines = browser.find(By.id("batchForm:batchLines")).getText();
            assertThat(line(lines, "Batch Screen Good 6.5.xlsx")).contains("Accepted").contains("Batch Screen Tin Ltd.")
                    .contains("CMRT 6.5");
            assertThat(line(lines, "Batch Screen Good 6.1.xlsx")).contains("Accepted").contains("CMRT 6.1");
            assertThat(line(lines, "Batch Screen follow-up.xlsx")).contains("Needs follow-up").contains("error(s)");
            assertThat(line(lines, "Batch Screen cobalt.xlsx")).contains("Rejected").contains("Other RMI template");
            assertThat(line(lines, "Batch Screen scan.xlsx")).contains("Rejected").contains("Not XLSX");
            assertThat(browser.findAll(By.cssSelector("#batchForm\\:batchLines tbody tr.ot-batch-line"))).hasSize(5);

            // the same zip again: nothing new is stored, every line says which declaration has the bytes
            browser.find(By.id("upload:batchZip_input")).sendKeys(zip.toString());
            new WebDriverWait(browser.driver(), Duration.ofMinutes(1)).until(d ->
                    browser.find(By.id("batchForm:batchLines")).getText().contains("Already received as declaration"));
            browser.waitForAjax();
            assertThat(browser.find(By.id("upload:batchCount")).getText()).contains("5 of 5 file(s) read")
                    .doesNotContain("(batch ");

            // the zip's lines are a table with the tools (issue 17): once read (the poll stopped), a column hidden and
            // a filter set, the CSV holds the lines and columns then shown
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.FALSE.equals(
                    ((JavascriptExecutor) d).executeScript("return PF('batchPoll').isActive();")));
            TableScreen.assertTools(browser, "batchForm:batchLines");
            TableScreen.hideColumn(browser, "batchForm:batchLines", "Details");
            assertThat(TableScreen.headers(browser, "batchForm:batchLines")).containsExactly("File in the zip", "Result", "");
            TableScreen.filter(browser, "batchForm:batchLines", "File in the zip", "Good");
            TableScreen.waitForRows(browser, "batchForm:batchLines", 2);
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, "batchForm:batchLines-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).as("the columns shown, not the link").containsExactly("File in the zip", "Result");
            assertThat(csv.subList(1, csv.size()).stream().map(r -> r.fields().get(0)).toList())
                    .hasSize(2).allSatisfy(f -> assertThat(f).contains("Batch Screen Good"));
            browser.screenshot("h17-tables-batch-lines");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * These files are for no supplier and no year. The year field proposes the running campaign's, and on the
     * shared test server that is some other test's campaign in a future year, against which these files' effective
     * dates would be stale; a person uploading files of no particular year empties the field.
     */
    static void withoutYear(Browser browser) {
        browser.find(By.id("upload:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        browser.waitForAjax();
        assertThat(browser.find(By.id("upload:year_input")).getAttribute("value")).isEmpty();
    }

    /** The declarations list's rows after a search for the given text. */
    private static String search(Browser browser, String text) {
        browser.type(By.id("list:text"), text).click(By.id("list:search"));
        String rows = browser.find(By.id("list:declarations")).getText();
        assertThat(rows).as("search for " + text).doesNotContain("No declarations");
        return rows;
    }

    /** Remembers every value the page gives the batch bar, in order. */
    private static void recordBatchProgress(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("var bar = PF('batch'); window.batchValues = [];"
                + "var set = bar.setValue; bar.setValue = function (v) { window.batchValues.push(v); return set.apply(bar, arguments); };");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> batchProgress(Browser browser) {
        List<Object> values = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("return window.batchValues;");
        return values.stream().map(v -> ((Number) v).intValue()).toList();
    }

    private static int lastProgress(Browser browser) {
        List<Integer> values = batchProgress(browser);
        return values.isEmpty() ? -1 : values.get(values.size() - 1);
    }

    private static void upload(Browser browser, List<Path> files, int expectedLines) {
        browser.find(By.cssSelector("input[type=file]")).sendKeys(
                String.join("\n", files.stream().map(Path::toString).toList()));
        try {
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d ->
                    browser.findAll(By.cssSelector("#resultsForm\\:results tbody tr.ot-result")).size() >= expectedLines
                            && lastProgress(browser) == 100);
        } catch (RuntimeException e) {
            throw new AssertionError("Upload did not finish; screenshot " + browser.screenshot("intake-progress")
                    + ", progress " + batchProgress(browser) + ", console " + browser.consoleErrors() + ", page:\n"
                    + browser.pageText(), e);
        }
        browser.waitForAjax();
    }

    private static String line(String table, String fileName) {
        return table.lines().filter(l -> l.contains(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " has no result line in:\n" + table));
    }
}

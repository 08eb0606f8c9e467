package org.oretrace.app.it.screens;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Browser;
import org.oretrace.kernel.csv.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps the table-tools browser tests share (public: the upload screen's test in it.intake uses them too): filter a column, hide one, read headers and rows, download an export. */
public final class TableScreen {

    private TableScreen() {
    }

    public static void assertTools(Browser browser, String table) {
        for (String tool : List.of("-columns", "-csv", "-xlsx")) {
            assertThat(browser.find(By.id(table + tool)).isDisplayed()).as(table + tool).isTrue();
        }
        assertThat(browser.findAll(By.id(table + "-toggler"))).as(table + " column chooser").hasSize(1);
        assertThat(browser.findAll(By.cssSelector("[id='" + table + "'] thead input[placeholder^='Filter ']")))
                .as(table + " column filters").isNotEmpty();
    }

    /**
     * The chart's labels (read from its Chart.js widget) are the row labels of the ot:chartNumbers table that follows
     * it, once unfolded; returns those rows.
     */
    public static List<String> assertChartNumbers(Browser browser, String chartId, WebElement numbers) {
        String labels = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var key = Object.keys(PrimeFaces.widgets).find(k => PrimeFaces.widgets[k].id === arguments[0]);"
                + "return PrimeFaces.widgets[key].chart.data.labels.map(l => Array.isArray(l) ? l.join(' ') : String(l)).join('|');",
                chartId);
        numbers.findElement(By.tagName("summary")).click();
        List<String> rows = numbers.findElements(By.cssSelector("tbody th[scope=row]")).stream()
                .map(th -> th.getText().strip()).toList();
        assertThat(rows).as("the numbers of " + chartId).isNotEmpty();
        assertThat(String.join("|", rows)).as("the table's labels are the chart's").isEqualTo(labels);
        return rows;
    }

    public static String emptyMessage(Browser browser, String table) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("[id='" + table + "_data'] .ui-datatable-empty-message"));
            return cells.isEmpty() ? null : cells.get(0).getText();
        });
    }

    public static void filter(Browser browser, String table, String header, String text) {
        WebElement input = browser.find(By.cssSelector("[id='" + table + "'] thead input[placeholder='Filter "
                + header.toLowerCase() + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        // PrimeFaces filters after a short delay on key up: wait for its request, then for the rows to settle
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.waitForAjax();
    }

    public static void hideColumn(Browser browser, String table, String header) {
        browser.click(By.id(table + "-columns"));
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.xpath(
                "//div[contains(@class,'ui-columntoggler')]//li[normalize-space(.)='" + header + "']//div[contains(@class,'ui-chkbox-box')]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        item.click();
        browser.waitForAjax();
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.driver().findElement(By.tagName("h1")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !headers(browser, table).contains(header));
    }

    /** The headers of the visible columns, in order. */
    public static List<String> headers(Browser browser, String table) {
        return browser.findAll(By.cssSelector("[id='" + table + "'] > .ui-datatable-tablewrapper > table > thead > tr > th"))
                .stream().filter(WebElement::isDisplayed)
                .map(th -> th.findElements(By.cssSelector(".ui-column-title")).stream().findFirst()
                        .map(WebElement::getText).orElse("").strip())
                .toList();
    }

    public static int rows(Browser browser, String table) {
        return browser.findAll(By.cssSelector("[id='" + table + "_data'] > tr[data-ri]")).size();
    }

    public static void waitForRows(Browser browser, String table, int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> rows(browser, table) == expected);
    }

    /** Clicks the export button and returns the downloaded file's text (bytes as ISO-8859-1 for binary files). */
    public static String download(Browser browser, Path downloads, String button, String extension) throws IOException {
        List<Path> before = files(downloads, extension);
        browser.driver().findElement(By.id(button)).click();
        Path file = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            List<Path> now = files(downloads, extension);
            now.removeAll(before);
            return now.isEmpty() ? null : now.get(0);
        });
        byte[] bytes = Files.readAllBytes(file);
        return extension.equals(".csv") ? Csv.decode(bytes) : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public static List<Path> files(Path downloads, String extension) {
        if (!Files.isDirectory(downloads)) {
            return new ArrayList<>();
        }
        try (Stream<Path> list = Files.list(downloads)) {
            return new ArrayList<>(list.filter(p -> p.toString().endsWith(extension)).toList());
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    public static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = new java.io.ByteArrayInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA)
                            .as("no formula cells").isTrue();
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                if (cells.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}

package org.oretrace.app.it.screens;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.kernel.csv.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, every table: the column chooser hides a column, a column filter narrows the rows and the empty message then
 * says which filter left nothing, the CSV and Excel exports hold exactly the rows and columns shown (formula-safe), and
 * the header stays in view while the rows scroll. One table per module: suppliers (outreach), users (app) and the
 * smelter registry (registry, a lazy table); the tag behind them is the kernel's {@code ot:tableTools}. Then the
 * other lists, and the summary tables of a declaration, the categories, the status vocabulary and a smelter's renames.
 */
class TableToolsBrowserIT {

    private static final String PREFIX = "TTB";
    /** Names with a formula's first character: a spreadsheet must get text, not a formula. */
    private static final List<String> NAMES = List.of("=1+2 Tabletools Castings", "@Tabletools Wiring", "Tabletools Gears");

    private static Path downloads;

    @BeforeAll
    static void suppliers() throws IOException {
        Api api = Api.asAdmin();
        for (int i = 0; i < NAMES.size(); i++) {
            String number = PREFIX + "-" + (i + 1) + "-" + System.nanoTime() % 100000;
            Api.Response created = api.postJson("/api/suppliers", """
                    {"supplierNumber":"%s","name":"%s","category":"Other","inScope":true,"country":"Germany",
                     "ownerName":"Buyer TTB %d","ownerEmail":"buyer%d.ttb@corp.test",
                     "contacts":[{"name":"Contact %d","email":"ttb%d@supplier.test","primary":true}]}
                    """.formatted(number, NAMES.get(i), i, i, i, i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        downloads = Path.of(System.getProperty("oretrace.it.work-dir", "target/it"), "downloads",
                "table-tools-" + System.currentTimeMillis());
    }

    @Test
    void suppliersFilterChooseColumnsAndExportWhatIsShown() throws IOException {
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/outreach/suppliers.xhtml");
            String table = "list:table";
            TableScreen.filter(browser, table, "Name", "Tabletools");
            TableScreen.waitForRows(browser, table, NAMES.size());

            TableScreen.hideColumn(browser, table, "Owner");
            assertThat(TableScreen.headers(browser, table)).doesNotContain("Owner").contains("Name", "Country");
            browser.screenshot("h17-tables-suppliers");

            List<String> shown = TableScreen.headers(browser, table);
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, table + "-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).containsExactlyElementsOf(shown);
            assertThat(csv).hasSize(1 + NAMES.size());
            int name = shown.indexOf("Name");
            List<String> names = csv.subList(1, csv.size()).stream().map(r -> r.fields().get(name)).toList();
            // CSV: the formula-like names come with a leading apostrophe, the other as it is
            assertThat(names).containsExactlyInAnyOrder("'=1+2 Tabletools Castings", "'@Tabletools Wiring", "Tabletools Gears");

            List<List<String>> xlsx = TableScreen.sheet(TableScreen.download(browser, downloads, table + "-xlsx", ".xlsx").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(xlsx.get(0)).containsExactlyElementsOf(shown);
            assertThat(xlsx).hasSize(1 + NAMES.size());
            // Excel: text cells, the names exactly as the screen shows them
            assertThat(xlsx.subList(1, xlsx.size()).stream().map(r -> r.get(name)).toList())
                    .containsExactlyInAnyOrderElementsOf(NAMES);

            TableScreen.filter(browser, table, "Name", "Tabletools no such name");
            String empty = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                List<WebElement> cells = d.findElements(By.cssSelector("[id='" + table + "_data'] .ui-datatable-empty-message"));
                return cells.isEmpty() ? null : cells.get(0).getText();
            });
            assertThat(empty).contains("No row matches \u201CTabletools no such name\u201D in Name").contains("clear");
            browser.screenshot("h17-tables-suppliers-empty");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void usersAndTheLazySmelterRegistryOfferTheSameTools() throws IOException {
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/admin/users.xhtml");
            String users = "users:table";
            TableScreen.filter(browser, users, "User name", "admin");
            assertThat(TableScreen.rows(browser, users)).isPositive();
            TableScreen.hideColumn(browser, users, "Email");
            List<String> shown = TableScreen.headers(browser, users);
            assertThat(shown).doesNotContain("Email").contains("User name", "Role");
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, users + "-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).containsExactlyElementsOf(shown.stream().filter(h -> !h.isEmpty()).toList());
            assertThat(csv).hasSize(1 + TableScreen.rows(browser, users));
            TableScreen.filter(browser, users, "User name", "nobody-by-this-name");
            assertThat(browser.find(By.cssSelector("[id='" + users + "_data'] .ui-datatable-empty-message")).getText())
                    .contains("No row matches \u201Cnobody-by-this-name\u201D in User name");
            browser.screenshot("h17-tables-users");

            browser.go("/registry/smelters.xhtml");
            String smelters = "browser:table";
            browser.find(By.id(smelters));
            TableScreen.hideColumn(browser, smelters, "City");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.scrollTo(0, 900);");
            // the header row is still at the top of the window, in front of the rows that scrolled under it
            @SuppressWarnings("unchecked")
            Map<String, Object> header = (Map<String, Object>) js.executeScript("""
                    var th = document.querySelector("[id='browser:table'] thead th");
                    var r = th.getBoundingClientRect();
                    var top = document.elementFromPoint(r.left + 5, r.top + 5);
                    return {top: r.top, scrolled: window.scrollY, front: th.contains(top)};""");
            assertThat(((Number) header.get("scrolled")).doubleValue()).as("the page scrolled").isGreaterThan(300);
            assertThat(((Number) header.get("top")).doubleValue()).as("header top after scrolling").isBetween(-1.0, 5.0);
            assertThat(header.get("front")).as("the header is in front of the rows").isEqualTo(true);
            browser.screenshot("h17-tables-smelters-sticky");
            js.executeScript("window.scrollTo(0, 0);");

            List<String> shownSmelters = TableScreen.headers(browser, smelters);
            assertThat(shownSmelters).doesNotContain("City");
            String total = browser.find(By.cssSelector("[id='" + smelters + "'] .ui-paginator-current")).getText();
            int count = Integer.parseInt(total.replaceAll("\\D", ""));
            List<List<String>> xlsx = TableScreen.sheet(TableScreen.download(browser, downloads, smelters + "-xlsx", ".xlsx").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(xlsx.get(0)).containsExactlyElementsOf(shownSmelters);
            assertThat(xlsx).as("every smelter the search finds, not one page").hasSize(1 + count);

            // the RMAP-status-per-metal chart under the list has its numbers as a table: one row per metal, one
            // column per status
            WebElement numbers = browser.find(By.cssSelector("#statusFigures details.ot-chart-numbers"));
            List<String> metals = TableScreen.assertChartNumbers(browser, "statusChart", numbers);
            assertThat(metals).contains("Tin", "Gold");
            assertThat(numbers.findElement(By.tagName("thead")).getText()).contains("Metal");
            browser.screenshot("h17-smelters-chart-numbers");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * The lists that got the tools after the first three (issue 17, "every table"): risk reviews, e-mail templates,
     * filings and the upload's results. Each has the column chooser and both exports, and a column filter that leaves
     * nothing makes the empty message name that filter; the risk-review queue's CSV holds the columns shown.
     */
    @Test
    void theOtherListsOfferTheSameTools() throws IOException {
        record Listed(String path, String table, String header) {
        }
        List<Listed> lists = List.of(
                new Listed("/intake/risk-reviews.xhtml", "queue:table", "Declaration"),
                new Listed("/outreach/templates.xhtml", "stored:table", "Subject"),
                new Listed("/filing/filings.xhtml", "filings:years", "Reporting year"),
                new Listed("/intake/upload.xhtml", "resultsForm:results", "File"));
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            for (Listed list : lists) {
                browser.go(list.path());
                for (String tool : List.of("-columns", "-csv", "-xlsx")) {
                    assertThat(browser.find(By.id(list.table() + tool)).isDisplayed()).as(list.table() + tool).isTrue();
                }
                assertThat(browser.findAll(By.id(list.table() + "-toggler"))).as(list.path() + " column chooser").hasSize(1);
                if (list.table().equals("queue:table")) {
                    List<String> shown = TableScreen.headers(browser, list.table()).stream().filter(h -> !h.isEmpty()).toList();
                    List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, list.table() + "-csv", ".csv"), ',', false);
                    // the Decision column (a form) is not exported
                    assertThat(csv.get(0).fields()).containsExactlyElementsOf(shown.stream().filter(h -> !h.equals("Decision")).toList());
                    assertThat(csv).hasSize(1 + TableScreen.rows(browser, list.table()));
                }
                TableScreen.filter(browser, list.table(), list.header(), "zz-no-such-row-17");
                String empty = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                    List<WebElement> cells = d.findElements(By.cssSelector("[id='" + list.table() + "_data'] .ui-datatable-empty-message"));
                    return cells.isEmpty() ? null : cells.get(0).getText();
                });
                assertThat(empty).as(list.path()).contains("No row matches \u201Czz-no-such-row-17\u201D in " + list.header());
            }
            browser.screenshot("h17-tables-other-lists");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

}

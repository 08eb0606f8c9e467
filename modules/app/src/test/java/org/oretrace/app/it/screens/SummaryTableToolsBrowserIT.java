package org.oretrace.app.it.screens;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.kernel.csv.Csv;
import org.oretrace.intake.testing.CmrtFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, every table, continued: the summary tables that got the tools last (a declaration's findings, answers,
 * company questions and products, the categories, the RMAP status vocabulary, a smelter's renames) offer the same
 * tools as the lists of {@link TableToolsBrowserIT}, and an export after a filter holds the rows then shown.
 */
class SummaryTableToolsBrowserIT {

    private static Path downloads;

    @BeforeAll
    static void downloads() {
        downloads = Path.of(System.getProperty("oretrace.it.work-dir", "target/it"), "downloads",
                "summary-table-tools-" + System.currentTimeMillis());
    }

    /**
     * The last tables to get the tools (summaries and small lists): a declaration's findings (one table per severity,
     * inside a repeat), answers, company questions and products, the categories, the RMAP status vocabulary and a
     * smelter's renames. Each has the column chooser and both exports; on the answers, a column hidden and a filter set,
     * the CSV holds exactly the rows and columns then shown; a filter that leaves nothing names itself.
     */
    @Test
    void theSummaryTablesOfferTheSameTools() throws IOException {
        byte[] file = CmrtFile.of("6.5").set("D8", "Tabletools Summary Metals Ltd.")
                .set("D16", "not-an-address").toBytes();
        long id = Api.asAdmin().postFile("/api/declarations", "file", "table tools summary.xlsx", file).json()
                .getJsonNumber("id").longValue();
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/intake/declaration.xhtml?id=" + id);
            String findings = "declaration:groups:0:groupFindings";
            for (String table : List.of(findings, "declaration:answers", "declaration:companyQuestions", "declaration:productTable")) {
                TableScreen.assertTools(browser, table);
            }

            String answers = "declaration:answers";
            TableScreen.hideColumn(browser, answers, "Tin");
            List<String> shown = TableScreen.headers(browser, answers);
            assertThat(shown).doesNotContain("Tin").contains("Question", "Tantalum", "Gold");
            int all = TableScreen.rows(browser, answers);
            // filter on the second question's own text: the rows left are those whose question contains it
            String second = browser.find(By.cssSelector("[id='" + answers + "_data'] > tr[data-ri='1'] > td")).getText().strip();
            TableScreen.filter(browser, answers, "Question", second);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> TableScreen.rows(browser, answers) < all);
            List<String> questionsShown = browser.findAll(By.cssSelector("[id='" + answers + "_data'] > tr[data-ri] > td:first-child"))
                    .stream().map(td -> td.getText().strip()).toList();
            assertThat(questionsShown).isNotEmpty().allSatisfy(q -> assertThat(q).contains(second));
            browser.screenshot("h17-tables-declaration-answers-filtered");
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, answers + "-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).as("the columns shown").containsExactlyElementsOf(shown);
            assertThat(csv.subList(1, csv.size()).stream().map(r -> r.fields().get(0).strip()).toList())
                    .as("the rows shown after the filter, not all " + all).containsExactlyElementsOf(questionsShown);

            // the findings of one severity sit in a repeat: the tools work there too
            TableScreen.filter(browser, findings, "Rule", "zz-no-such-rule-17");
            assertThat(TableScreen.emptyMessage(browser, findings)).contains("No row matches \u201Czz-no-such-rule-17\u201D in Rule");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.go("/outreach/admin/categories.xhtml");
            TableScreen.assertTools(browser, "categories:table");
            TableScreen.filter(browser, "categories:table", "Name", "zz-no-such-category-17");
            assertThat(TableScreen.emptyMessage(browser, "categories:table")).contains("No row matches \u201Czz-no-such-category-17\u201D in Name");

            browser.go("/registry/admin/imports.xhtml");
            TableScreen.assertTools(browser, "vocabulary:terms");

            browser.go("/registry/smelter.xhtml?id=CID002847");
            String renames = "renamesForm:renames";
            TableScreen.assertTools(browser, renames);
            List<Csv.Record> renamed = Csv.readAll(TableScreen.download(browser, downloads, renames + "-csv", ".csv"), ',', false);
            assertThat(renamed.get(0).fields()).containsExactly("From", "To", "Template");
            assertThat(renamed.get(1).fields()).containsExactly("PRG Dooel", "Meta Materials", "CMRT 6.1");
            browser.screenshot("h17-tables-renames");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

}

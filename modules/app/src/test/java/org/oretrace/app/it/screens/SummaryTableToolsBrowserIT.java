package org.oretrace.app.it.screens;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.kernel.csv.Csv;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.Templates;

import jakarta.json.JsonObject;

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

    /**
     * The content tables of an EMRT declaration (answers, smelters and processors, mines, products) have the tools; on
     * the answers, a column hidden and a filter on the mineral, the CSV holds the rows and columns then shown.
     */
    @Test
    void theEmrtContentTablesOfferTheSameTools() throws IOException {
        // an EMRT is read only where the supplier's request asked for it: a campaign asking for both, launched to one
        int year = 2086;
        Api admin = Api.asAdmin();
        String category = "H17 Emrt Tools " + System.nanoTime() % 1_000_000;
        assertThat(admin.postJson("/api/supplier-categories", "{\"name\":\"" + category + "\"}").status()).isEqualTo(201);
        String number = "H17E" + System.nanoTime() % 100_000;
        Api.Response supplier = admin.postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"Summary Emrt Cells Ltd.","category":"%s","inScope":true,"country":"Germany",
                 "contacts":[{"name":"Eva Ulm","email":"%s@supplier.test","language":"en","primary":true}]}
                """.formatted(number, category, number.toLowerCase()));
        assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","templates":["CMRT","EMRT"],"emrtVersion":"2.1",
                 "categories":["%s"],"senderName":"Jane Doe"}""".formatted(year, year + 1, category));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        for (String template : List.of("cmrt", "emrt")) {
            String blank = template.equals("cmrt") ? "RMI_CMRT_6.5.xlsx" : "RMI_EMRT_2.1.xlsx";
            assertThat(admin.postFile("/api/campaigns/" + year + "/" + template, "file", blank, Templates.bytes(blank))
                    .status()).isEqualTo(200);
        }
        assertThat(admin.post("/api/campaigns/" + year + "/launch").json().getInt("mailed")).isEqualTo(1);
        JsonObject read = admin.uploadResponse(number, year, EmrtFile.of("2.1").set("D8", "Summary Emrt Cells Ltd.").toBytes());
        assertThat(read.getString("template")).as(read.toString()).isEqualTo("EMRT");
        long id = read.getJsonNumber("id").longValue();
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/intake/declaration.xhtml?id=" + id);
            for (String table : List.of("declaration:emrtAnswers", "declaration:emrtSmelters", "declaration:mines",
                    "declaration:emrtProducts")) {
                TableScreen.assertTools(browser, table);
            }
            String answers = "declaration:emrtAnswers";
            TableScreen.hideColumn(browser, answers, "Comment");
            List<String> shown = TableScreen.headers(browser, answers);
            assertThat(shown).containsExactly("Question", "Mineral", "Answer");
            int all = TableScreen.rows(browser, answers);
            TableScreen.filter(browser, answers, "Mineral", "Cobalt");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> TableScreen.rows(browser, answers) < all);
            List<String> minerals = browser.findAll(By.cssSelector("[id='" + answers + "_data'] > tr[data-ri] > td:nth-child(2)"))
                    .stream().map(td -> td.getText().strip()).toList();
            assertThat(minerals).isNotEmpty().allSatisfy(m -> assertThat(m).isEqualTo("Cobalt"));
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, answers + "-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).as("the columns shown").containsExactlyElementsOf(shown);
            assertThat(csv.subList(1, csv.size()).stream().map(r -> r.fields().get(1).strip()).toList())
                    .as("the rows shown after the filter, not all " + all).containsExactlyElementsOf(minerals);

            TableScreen.filter(browser, "declaration:mines", "Mine", "zz-no-such-mine-17");
            assertThat(TableScreen.emptyMessage(browser, "declaration:mines")).contains("No row matches \u201Czz-no-such-mine-17\u201D in Mine");
            browser.screenshot("h17-tables-emrt-content");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * The launch screen's selection of the suppliers to ask has the tools: the column chooser, a filter on the name and
     * the CSV holding the suppliers and columns then shown (not the selection box).
     */
    @Test
    void theLaunchSelectionOffersTheSameTools() throws IOException {
        int year = 2085;
        String category = "H17 Launch Tools " + System.nanoTime() % 1_000_000;
        Api admin = Api.asAdmin();
        Api.Response created = admin.postJson("/api/supplier-categories", "{\"name\":\"" + category + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String prefix = "H17L" + System.nanoTime() % 100_000;
        for (String name : List.of("Alpha", "Beta", "Gamma")) {
            Api.Response supplier = admin.postJson("/api/suppliers", """
                    {"supplierNumber":"%s-%s","name":"Launch Tools %s Ltd.","category":"%s","inScope":true,"country":"Germany",
                     "contacts":[{"name":"Contact %s","email":"%s.%s@supplier.test","language":"en","primary":true}]}
                    """.formatted(prefix, name, name, category, name, prefix.toLowerCase(), name.toLowerCase()));
            assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        }
        Api.Response campaign = admin.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%d-03-31","cmrtVersion":"6.5","categories":["%s"],"senderName":"Jane Doe"}
                """.formatted(year, year + 1, category));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        try (Browser browser = Browser.openDownloadingTo(downloads)) {
            browser.loginAsAdmin();
            browser.go("/outreach/campaign.xhtml?year=" + year);
            String candidates = "launchForm:candidates";
            TableScreen.assertTools(browser, candidates);
            TableScreen.waitForRows(browser, candidates, 3);
            TableScreen.hideColumn(browser, candidates, "Category");
            List<String> shown = TableScreen.headers(browser, candidates).stream().filter(h -> !h.isBlank()).toList();
            assertThat(shown).contains("Number", "Name", "Addressee").doesNotContain("Category");
            TableScreen.filter(browser, candidates, "Name", "Beta");
            TableScreen.waitForRows(browser, candidates, 1);
            List<Csv.Record> csv = Csv.readAll(TableScreen.download(browser, downloads, candidates + "-csv", ".csv"), ',', false);
            assertThat(csv.get(0).fields()).as("the columns shown, not the selection box").containsExactlyElementsOf(shown);
            assertThat(csv).as("the header and the one supplier shown").hasSize(2);
            assertThat(csv.get(1).fields()).contains(prefix + "-Beta", "Launch Tools Beta Ltd.")
                    .doesNotContain(category);
            browser.screenshot("h17-tables-launch-selection");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}

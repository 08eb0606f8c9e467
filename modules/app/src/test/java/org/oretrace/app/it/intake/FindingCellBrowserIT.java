package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's place opens the original workbook around that cell, as the supplier's file holds it. */
class FindingCellBrowserIT {

    private static final Api ADMIN = Api.asAdmin();

    @Test
    void aFindingOpensTheOriginalCellHighlightedWithTheSuppliersValue() {
        // markup in the supplier's value must come out as text
        String email = "<b>ann</b> at cell-view.example";
        byte[] file = CmrtFile.of("6.5").set("D8", "Cell View Metals Ltd.").set("D16", email)
                .smelter(SmelterLine.byId("CID999998")).toBytes();
        JsonObject json = ADMIN.postFile("/api/declarations", "file", "cell view.xlsx", file).json();
        assertThat(json.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        long id = json.getJsonNumber("id").longValue();

        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/declaration.xhtml?id=" + id);
            WebElement findings = browser.find(By.id("declaration:findingTable"));
            assertThat(findings.getText()).contains("Invalid email").contains("Unknown smelter ID");

            browser.click(By.linkText("Declaration!D16"));
            browser.waitForText("holds:");
            assertThat(browser.currentPath()).startsWith("/intake/declaration-cell.xhtml?id=" + id);
            assertThat(browser.title()).contains("Declaration!D16");
            assertThat(browser.find(By.id("value")).getText()).isEqualTo(email);
            WebElement target = browser.find(By.id("cell-D16"));
            assertThat(target.getText()).isEqualTo(email);
            assertThat(target.getAttribute("class")).contains("ot-sheet-target");
            assertThat(target.findElements(By.tagName("b"))).as("no markup from the file").isEmpty();
            assertThat(browser.findAll(By.cssSelector("td.ot-sheet-target"))).hasSize(1);
            // the window: 15 rows around row 16, the neighbours as the file holds them
            List<String> rowNumbers = browser.findAll(By.cssSelector("#sheet tbody th")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rowNumbers).first().isEqualTo("9");
            assertThat(rowNumbers).last().isEqualTo("23");
            assertThat(rowNumbers).hasSize(15);
            assertThat(browser.find(By.id("cell-D9")).getText()).isEqualTo(CmrtFile.PRODUCT_B);
            assertThat(browser.findAll(By.id("cell-D8"))).as("row 8 is outside the window").isEmpty();
            assertThat(browser.find(By.id("cell-D15")).getText()).isEqualTo("Ann Chen");
            assertThat(browser.find(By.id("cell-B16")).getAttribute("class"))
                    .as("the label is a formula result cached in the file").contains("ot-sheet-formula");
            assertThat(browser.find(By.cssSelector("#sheet thead th.ot-sheet-target-axis")).getText()).isEqualTo("D");

            browser.click(By.id("back"));
            browser.waitForText("Findings");
            browser.click(By.linkText("'Smelter List'!A6"));
            browser.waitForText("holds:");
            assertThat(browser.find(By.id("cell-A6")).getText()).isEqualTo("CID999998");
            assertThat(browser.find(By.id("cell-A6")).getAttribute("class")).contains("ot-sheet-target");
            assertThat(browser.find(By.id("cell-A5")).getText()).startsWith("CID");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void badAddressesGiveAMessageNotAnError() {
        byte[] file = CmrtFile.of("6.4").set("D8", "Cell View Bad Params Co").set("D16", "nobody at all").toBytes();
        long id = ADMIN.postFile("/api/declarations", "file", "bad params.xlsx", file).json().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/intake/declaration-cell.xhtml?id=" + id + "&sheet=Declaration&cell=1A");
            browser.waitForText("is not a cell reference");
            browser.go("/intake/declaration-cell.xhtml?id=" + id + "&sheet=Budget&cell=D16");
            browser.waitForText("has no sheet 'Budget'");
            browser.go("/intake/declaration-cell.xhtml?id=999999999&sheet=Declaration&cell=D16");
            browser.waitForText("There is no declaration 999999999");
            browser.go("/intake/declaration-cell.xhtml?id=x%3Cscript%3E&sheet=Declaration&cell=D16");
            browser.waitForText("Not a valid id");
            assertThat(browser.findAll(By.id("sheet"))).isEmpty();
            // far below the data: an empty window, still the right place
            browser.go("/intake/declaration-cell.xhtml?id=" + id + "&sheet=Declaration&cell=XFD1048576");
            browser.waitForText("holds:");
            assertThat(browser.find(By.id("value")).getText()).isEqualTo("(empty)");
            assertThat(browser.find(By.id("cell-XFD1048576")).getAttribute("class")).contains("ot-sheet-target");
        }
    }
}

package org.oretrace.app.it.screens;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, the dashboard: the home page answers "what do I need to do today?" first, every figure is a link, a tile
 * with a chart gets room (two columns of the grid at 1366 px), and each chart has its numbers as a table read from the
 * same configuration (the same labels in the same order). A declaration with a broken contact email puts its rule on
 * the findings-per-rule chart of the declarations tile.
 */
class HomeDashboardBrowserIT {

    @Test
    void todayFirstEveryFigureALinkAndEachChartWithItsNumbers() {
        byte[] file = CmrtFile.of("6.5").set("D8", "Dashboard Chart Metals Ltd.").set("D16", "not-an-address").toBytes();
        Api.Response posted = Api.asAdmin().postFile("/api/declarations", "file", "dashboard chart.xlsx", file);
        assertThat(posted.json().getString("status")).as(posted.toString()).isEqualTo("NEEDS_FOLLOW_UP");
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.loginAsAdmin();
            browser.go("/index.xhtml").waitForAjax();
            WebElement today = browser.find(By.id("today"));
            assertThat(today.getLocation().getY()).as("today before the figures")
                    .isLessThan(browser.find(By.id("tiles")).getLocation().getY());
            List<WebElement> todo = today.findElements(By.cssSelector("ul.ot-todo > li"));
            assertThat(todo).as("the work of today and the deadline").hasSizeGreaterThanOrEqualTo(2);
            for (WebElement item : todo) {
                assertThat(item.findElements(By.tagName("a"))).as("a link in: " + item.getText()).isNotEmpty();
            }
            assertThat(browser.find(By.cssSelector("#deadline a")).getAttribute("href")).contains("/filing/workspace.xhtml?year=");
            for (WebElement figure : browser.findAll(By.cssSelector("#tiles .ot-figure"))) {
                assertThat(figure.findElements(By.tagName("a"))).as("a link in figure: " + figure.getText()).isNotEmpty();
            }

            List<WebElement> charted = browser.findAll(By.cssSelector("#tiles .ot-tile-chart"));
            assertThat(charted).as("tiles with a chart").isNotEmpty();
            WebElement plain = browser.findAll(By.cssSelector("#tiles .ot-tile")).stream()
                    .filter(t -> !t.getAttribute("class").contains("ot-tile-chart")).findFirst().orElse(null);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            boolean findingsChart = false;
            for (WebElement tile : charted) {
                WebElement canvas = tile.findElement(By.tagName("canvas"));
                assertThat(canvas.getSize().getHeight()).as("chart height").isGreaterThanOrEqualTo(200);
                if (plain != null) {
                    assertThat(tile.getSize().getWidth()).as("a chart's tile is wider than a plain one")
                            .isGreaterThan(plain.getSize().getWidth() * 3 / 2);
                }
                String labels = (String) js.executeScript("var id = arguments[0].parentNode.id;"
                        + "var key = Object.keys(PrimeFaces.widgets).find(k => PrimeFaces.widgets[k].id === id);"
                        + "return PrimeFaces.widgets[key].chart.data.labels.map(l => Array.isArray(l) ? l.join(' ') : String(l)).join('|');",
                        canvas);
                WebElement numbers = tile.findElement(By.cssSelector("details.ot-chart-numbers"));
                numbers.findElement(By.tagName("summary")).click();
                List<String> rows = numbers.findElements(By.cssSelector("tbody th[scope=row]")).stream()
                        .map(th -> th.getText().strip()).toList();
                assertThat(String.join("|", rows)).as("the table's labels are the chart's").isEqualTo(labels);
                String header = numbers.findElement(By.tagName("thead")).getText();
                if (header.contains("Errors") && header.contains("Warnings")) {
                    findingsChart = true;
                    assertThat(rows).isNotEmpty();
                }
            }
            assertThat(findingsChart).as("the findings-per-rule chart of the declarations tile").isTrue();
            browser.screenshot("h17-home-dashboard");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}

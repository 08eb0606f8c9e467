package org.oretrace.app.it.registry;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployed WAR starts with the whole history of RMI's list (the look-up sheets of CMRT 6.01 to 6.5, shipped in
 * the registry jar): smelters later lists dropped still answer, with since when and their renames.
 */
class SmelterHistoryIT {

    @Test
    void aSmelterDroppedAfterCmrt601StillAnswersWithSinceWhenAndItsNames() {
        // CID000760 is in the 6.01 look-up only, under four names
        JsonObject dropped = Api.asAdmin().get("/api/smelters/CID000760").json();
        assertThat(dropped.getString("standardName")).isEqualTo("Huichang Jinshunda Tin Co., Ltd.");
        assertThat(dropped.getBoolean("listed")).isFalse();
        assertThat(dropped.getString("firstListedIn")).isEqualTo("CMRT 6.01");
        assertThat(dropped.getString("noLongerListedSince")).isEqualTo("CMRT 6.1");
        assertThat(dropped.getString("listing")).isEqualTo("no longer listed since CMRT 6.1");
        assertThat(dropped.getJsonArray("aliases").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("name"))
                .contains("Huichang Shun Tin Kam Industries, Ltd.", "Jiangxi Shunda Huichang Kam Tin Co., Ltd.");
        assertThat(dropped.getJsonArray("aliases").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("addedBy")).contains("RMI CMRT 6.01 Smelter Look-up, 2020-05-19");
    }

    @Test
    void aSmelterRenamedBetweenOldListsAndThenDroppedShowsItsRenameHistory() {
        // CID002847: "PRG Dooel" in 6.01, "Meta Materials" in 6.1, gone from 6.22 on
        JsonObject renamed = Api.asAdmin().get("/api/smelters/CID002847").json();
        assertThat(renamed.getString("standardName")).isEqualTo("Meta Materials");
        assertThat(renamed.getString("listing")).isEqualTo("no longer listed since CMRT 6.22");
        List<JsonObject> renames = renamed.getJsonArray("renames").getValuesAs(JsonObject.class);
        assertThat(renames).hasSize(1);
        assertThat(renames.get(0).getString("oldName")).isEqualTo("PRG Dooel");
        assertThat(renames.get(0).getString("newName")).isEqualTo("Meta Materials");
        assertThat(renames.get(0).getString("templateVersion")).isEqualTo("CMRT 6.1");
        // a rename only: no metals (JSON-B leaves out null members)
        assertThat(renames.get(0).get("oldMetal")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(renamed.getJsonArray("aliases").getValuesAs(JsonObject.class)).extracting(a -> a.getString("name"))
                .contains("PRG Dooel");

        // a name of the oldest list matches through the REST matcher like any look-up name
        Api.Response match = Api.asAdmin().postJson("/api/smelters/match", """
                [{"metal":"Tin","name":"Huichang Shun Tin Kam Industries, Ltd.","country":"China"}]""");
        assertThat(match.status()).as(match.toString()).isEqualTo(200);
        assertThat(match.jsonArray().getJsonObject(0).getString("smelterId")).isEqualTo("CID000760");
    }

    @Test
    void theSmelterPageShowsSinceWhenItIsNoLongerListedAndItsRenames() {
        try (Browser browser = Browser.open()) {
            browser.loginAsAdmin();
            browser.go("/registry/smelter.xhtml?id=CID002847");
            browser.waitForText("Meta Materials");
            assertThat(browser.find(By.id("listing")).getText()).startsWith("no longer listed since CMRT 6.22")
                    .contains("first in CMRT 6.01").contains("last in CMRT 6.1");
            String renames = browser.find(By.xpath("//*[contains(@id,'renames')]")).getText();
            assertThat(renames).contains("PRG Dooel").contains("Meta Materials").contains("CMRT 6.1");
            assertThat(browser.pageText()).contains("Power Resources Ltd.");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theImportsListNamesEveryShippedListWithItsSourceAndDate() {
        List<JsonObject> imports = Api.asAdmin().get("/api/registry/reference-list/imports").jsonArray().getValuesAs(JsonObject.class);
        assertThat(imports).extracting(i -> i.getString("templateVersion"))
                .contains("CMRT 6.01", "CMRT 6.1", "CMRT 6.22", "CMRT 6.31", "CMRT 6.4", "CMRT 6.5");
        assertThat(imports).extracting(i -> i.getString("fileName"))
                .contains("RMI CMRT 6.5 Smelter Look-up, 2025-04-25 (shipped with Oretrace)");
    }
}

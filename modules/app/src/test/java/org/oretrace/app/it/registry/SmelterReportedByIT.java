package org.oretrace.app.it.registry;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.CmrtFile.SmelterLine;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.TemplateLookup;
import org.oretrace.kernel.Metal;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppliers send real CMRTs naming a smelter; its registry page and API then name them (the registry asks intake). */
class SmelterReportedByIT {

    private static final String SUPPLIER = "Reported-By Gearbox Castings AG";
    private static final String UNLINKED_COMPANY = "Unlinked Alloy Traders Ltd.";

    @Test
    void theSmelterPageAndTheApiNameTheSuppliersThatReportedIt() {
        LookupEntry smelter = TemplateLookup.smelters("6.5", "Tungsten", 8).get(7);
        Api admin = Api.asAdmin();
        Api.Response created = admin.postJson("/api/suppliers", """
                {"supplierNumber": "REPORTED-BY-1", "name": "%s", "category": "Metallic", "inScope": true, "country": "DE"}"""
                .formatted(SUPPLIER));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        long supplierId = created.json().getJsonNumber("id").longValue();

        byte[] linked = CmrtFile.of("6.5").set("D8", "Gearbox Castings").declare(Metal.TUNGSTEN)
                .smelter(new SmelterLine(null, "Tungsten", smelter.lookupName(), null, "Austria", "No")).toBytes();
        Api.Response first = admin.postFile("/api/declarations", "file", "reported-by-linked.xlsx", linked,
                Map.of("supplier", Long.toString(supplierId), "campaign", "2025"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long linkedId = first.json().getJsonNumber("id").longValue();
        assertThat(first.json().getJsonArray("smelters").getValuesAs(JsonObject.class))
                .anySatisfy(row -> assertThat(row.getString("resolvedSmelterId", null)).isEqualTo(smelter.smelterId()));

        byte[] unlinked = CmrtFile.of("6.5").set("D8", UNLINKED_COMPANY).declare(Metal.TUNGSTEN)
                .smelter(SmelterLine.byId(smelter.smelterId())).toBytes();
        Api.Response second = admin.postFile("/api/declarations", "file", "reported-by-unlinked.xlsx", unlinked);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        long unlinkedId = second.json().getJsonNumber("id").longValue();

        JsonObject detail = admin.get("/api/smelters/" + smelter.smelterId()).json();
        JsonObject reportedBy = detail.getJsonObject("reportedBy");
        assertThat(reportedBy.getInt("suppliers")).isGreaterThanOrEqualTo(2);
        List<JsonObject> declarations = reportedBy.getJsonArray("declarations").getValuesAs(JsonObject.class);
        assertThat(declarations).anySatisfy(d -> {
            assertThat(d.getJsonNumber("declarationId").longValue()).isEqualTo(linkedId);
            assertThat(d.getString("supplierName")).isEqualTo(SUPPLIER);
            assertThat(d.getJsonNumber("supplierId").longValue()).isEqualTo(supplierId);
            assertThat(d.getInt("reportingYear")).isEqualTo(2025);
            assertThat(d.getString("reportedName")).isEqualTo(smelter.lookupName());
            assertThat(d.getString("reportedCountry")).isEqualTo("Austria");
            assertThat(d.getString("status")).isIn("ACCEPTED", "NEEDS_FOLLOW_UP");
        });
        assertThat(declarations).anySatisfy(d -> {
            assertThat(d.getJsonNumber("declarationId").longValue()).isEqualTo(unlinkedId);
            assertThat(d.getString("supplierName")).isEqualTo(UNLINKED_COMPANY);
            assertThat(d.containsKey("supplierId") && !d.isNull("supplierId")).isFalse();
        });

        Api viewer = Api.newUser("reported-by-viewer", "VIEWER", "reported-by-viewer-1");
        assertThat(viewer.get("/api/smelters/" + smelter.smelterId()).status()).isEqualTo(200);
        try (Browser browser = Browser.open()) {
            browser.login("reported-by-viewer", "reported-by-viewer-1");
            browser.go("/registry/smelter.xhtml?id=" + smelter.smelterId());
            browser.waitForText("Reported by");
            String table = browser.find(By.id("reportedBy")).getText();
            assertThat(table).contains(SUPPLIER).contains(UNLINKED_COMPANY).contains(smelter.lookupName()).contains("Austria")
                    .contains(Long.toString(linkedId)).contains(Long.toString(unlinkedId));
            assertThat(browser.find(By.id("reportedCount")).getText()).containsPattern("\\d+ supplier\\(s\\) in \\d+ declaration\\(s\\)");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.click(By.xpath("//table//a[normalize-space()='" + linkedId + "']"));
            browser.waitForText("reported-by-linked.xlsx");
            assertThat(browser.currentPath()).startsWith("/intake/declaration.xhtml?id=" + linkedId);
            assertThat(browser.pageText()).doesNotContain("Something went wrong").doesNotContain("Not allowed");
        }
    }
}

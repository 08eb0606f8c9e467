package org.oretrace.app.it.filing;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.Browser;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Years compared on the deployed application: a year finalized and then changed by a late declaration keeps the
 * figures it was signed with (also while its next version is drafted); a draft year shows today's figures.
 */
class YearsComparedIT {

    /** Years no other IT uses: the rows of GET /api/filings/years are filtered to these. */
    private static final int SIGNED = 2081;
    private static final int DRAFT = 2082;
    private static final String CATEGORY = "YC Fasteners";
    private static final int SUPPLIERS = 4;

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api api = Api.asAdmin();

    @Test
    void aSignedYearKeepsItsFiguresAndADraftYearShowsTodaysData() throws IOException {
        FilingFixtures.suppliers(api, "YC", CATEGORY, SUPPLIERS);
        FilingFixtures.solicit(api, SIGNED, CATEGORY, SUPPLIERS);
        FilingFixtures.solicit(api, DRAFT, CATEGORY, SUPPLIERS);
        declare(SIGNED, 1);
        declare(SIGNED, 2);
        declare(DRAFT, 1);

        assertThat(api.post("/api/filings/" + SIGNED).status()).isEqualTo(200);
        Api.Response cover = api.putJson("/api/filings/" + SIGNED + "/registrant", """
                {"name":"Years Compared Gearboxes, Inc.","stateOfIncorporation":"Delaware","commissionFileNumber":"001-20810",
                 "address":"1 Example Way, Springfield, Illinois 62701","contactName":"Pat Doe","contactPhone":"(217) 555-0100",
                 "signerName":"Pat Doe","signerTitle":"General Counsel","website":"www.example.com/cmr"}""");
        assertThat(cover.status()).as(cover.toString()).isEqualTo(200);
        // the year's smelters have no RMAP status imported and the text keeps its template brackets: what is tested here
        // is the comparison of years, so the administrator signs anyway, with the reason on record
        Api.Response finalized = api.postJson("/api/filings/" + SIGNED + "/finalize", """
                {"override":true,"reason":"Years-compared test year: RMAP statuses and the company text are not part of it"}""");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        Map<String, Long> signedFacts = facts(SIGNED);
        assertThat(signedFacts).containsEntry("suppliersSolicited", (long) SUPPLIERS).containsEntry("suppliersResponded", 2L)
                .containsEntry("responseRatePercent", 50L).containsEntry("declarationsAccepted", 2L);
        assertThat(signedFacts.get("smeltersIdentified")).isPositive();

        // a late declaration after sign-off, and a correcting version 2 drafted from today's data
        declare(SIGNED, 3);
        assertThat(api.post("/api/filings/" + SIGNED + "/versions").status()).isEqualTo(200);
        assertThat(facts(SIGNED)).containsEntry("suppliersResponded", 3L);
        assertThat(api.post("/api/filings/" + DRAFT).status()).isEqualTo(200);
        Map<String, Long> draftFacts = facts(DRAFT);
        assertThat(draftFacts).containsEntry("suppliersSolicited", (long) SUPPLIERS).containsEntry("suppliersResponded", 1L);

        Api viewer = Api.newUser("years-viewer", "VIEWER", "years-viewer-password-1");
        Api.Response years = viewer.get("/api/filings/years");
        assertThat(years.status()).as(years.toString()).isEqualTo(200);
        List<JsonObject> rows = years.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("reportingYear") == SIGNED || r.getInt("reportingYear") == DRAFT).toList();
        assertThat(rows).extracting(r -> r.getInt("reportingYear")).as("newest year first").containsExactly(DRAFT, SIGNED);

        JsonObject signed = rows.get(1);
        assertThat(signed.getString("status")).isEqualTo("FINAL");
        assertThat(signed.getInt("version")).isEqualTo(1);
        assertThat(signed.getBoolean("draft")).isFalse();
        assertRowStates(signed, signedFacts);
        assertThat(signed.getJsonNumber("suppliersResponded").longValue()).as("the figure signed, not today's 3").isEqualTo(2);

        JsonObject draft = rows.get(0);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getBoolean("draft")).isTrue();
        assertRowStates(draft, draftFacts);

        assertThat(Api.anonymous().get("/api/filings/years").status()).isEqualTo(401);
        assertThat(api.get("/openapi").body()).contains("/filings/years");

        try (Browser browser = Browser.open()) {
            browser.login("years-viewer", "years-viewer-password-1");
            browser.go("/filing/filings.xhtml");
            browser.click(By.xpath("//nav//a[contains(., 'Years compared')]"));
            assertThat(browser.currentPath()).startsWith("/filing/years.xhtml");
            String signedRow = row(browser, SIGNED).getText();
            assertThat(signedRow).contains("final v1").contains("50");
            assertThat(row(browser, DRAFT).getText()).contains("draft");
            assertThat(row(browser, SIGNED).findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/filing/workspace.xhtml?year=" + SIGNED);
            for (String chart : List.of("ratesChart", "smeltersChart")) {
                assertThat(browser.find(By.cssSelector("#" + chart + " canvas")).getSize().getHeight()).as(chart).isPositive();
            }
            Object labels = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return PrimeFaces.widgets[Object.keys(PrimeFaces.widgets).find(k => PrimeFaces.widgets[k].id === 'ratesChart')]"
                            + ".chart.data.labels.join('|')");
            assertThat(labels.toString()).contains(SIGNED + "|" + DRAFT + " (draft)");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Every figure of the row is the one the year's facts state (for a final year: the frozen facts). */
    private static void assertRowStates(JsonObject row, Map<String, Long> facts) {
        for (String key : List.of("suppliersSolicited", "suppliersResponded", "responseRatePercent", "declarationsAccepted",
                "smeltersIdentified", "sanctionedSmelters")) {
            assertThat(row.getJsonNumber(key).longValue()).as(key).isEqualTo(facts.get(key));
        }
        assertThat(row.getJsonNumber("smeltersConformant").longValue()).isEqualTo(facts.get("smeltersConformant"));
        assertThat(row.getJsonNumber("smeltersActive").longValue()).isEqualTo(facts.get("smeltersActive"));
        assertThat(row.getJsonNumber("smeltersNotConformant").longValue()).isEqualTo(facts.get("smeltersNotConformant"));
        assertThat(row.getJsonNumber("smeltersRmapUnknown").longValue()).isEqualTo(facts.get("smeltersRmapUnknown"));
        assertThat(row.getJsonNumber("smeltersInCoveredCountries").longValue()).isEqualTo(facts.get("smeltersInCoveredCountries"));
        assertThat(row.getJsonNumber("suppliersCoveredCountrySourcing").longValue())
                .isEqualTo(facts.get("suppliersCoveredCountrySourcing"));
        JsonObject perMetal = row.getJsonObject("smeltersPerMetal");
        assertThat(perMetal.keySet()).containsExactlyInAnyOrder("Tantalum", "Tin", "Tungsten", "Gold");
        for (String metal : perMetal.keySet()) {
            assertThat(perMetal.getJsonNumber(metal).longValue()).as(metal).isEqualTo(facts.get("smelters" + metal));
        }
        long identified = facts.get("smeltersIdentified");
        assertThat(row.get("conformantSharePercent")).isNotEqualTo(JsonValue.NULL);
        assertThat(row.getJsonNumber("conformantSharePercent").longValue())
                .isEqualTo(identified == 0 ? 0 : Math.round(100.0 * facts.get("smeltersConformant") / identified));
    }

    private static WebElement row(Browser browser, int year) {
        return browser.find(By.xpath("//tbody[@id='years_data']/tr[td[1]//a[normalize-space(.)='" + year + "']]"));
    }

    private static Map<String, Long> facts(int year) {
        return api.get("/api/filings/" + year + "/facts").json().getJsonArray("facts").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(f -> f.getString("key"), f -> ((JsonNumber) f.get("value")).longValue()));
    }

    /** Supplier i answers the year's campaign with a CMRT naming real tin and gold smelters; the declaration is accepted. */
    private static void declare(int year, int i) {
        String number = String.format("YC-%03d", i);
        byte[] cmrt = CmrtFile.of("6.5").set("D8", "YC Supplier " + i + " Ltd.").set("D16", String.format("yc-%03d@supplier.test", i))
                .set("D9", CmrtFile.COMPANY_A).noProducts().declare(Metal.GOLD).smeltersById("Gold", 2 + i).toBytes();
        JsonObject declaration = api.uploadResponse(number, year, cmrt);
        FilingFixtures.accept(api, declaration);
    }
}

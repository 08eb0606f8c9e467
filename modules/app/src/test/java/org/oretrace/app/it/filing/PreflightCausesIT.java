package org.oretrace.app.it.filing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.kernel.Metal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pre-flight items {@link PreflightIT} leaves out, through the deployed application's API: an undecided sanctions hit on a
 * reported smelter blocks (and finalization answers 409 with it) until it is decided in the registry; hostile report text
 * never makes the EDGAR check fail (the renderer neutralises it, so EDGAR_CHECK_FAILING stays away and both EDGAR documents
 * pass); and a supplier added after the campaign changes neither the draft's facts nor the finalized ones.
 */
class PreflightCausesIT {

    private static final int SANCTIONS_YEAR = 2087;
    private static final int SCOPE_YEAR = 2088;
    private static final int HOSTILE_YEAR = 2089;
    /** SDN entries RegistryApiIT and RegistryAdminBrowserIT decide themselves (Uralelectromed, African Gold Refinery). */
    private static final Set<Integer> OTHER_TESTS_HITS = Set.of(44088, 32791);

    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();
    private static final Api admin = Api.asAdmin();

    @Test
    void anUndecidedSanctionsHitOnAReportedSmelterBlocksUntilItIsDecided() throws IOException {
        FilingFixtures.suppliers(admin, "PS", "PS Valves", 1);
        FilingFixtures.solicit(admin, SANCTIONS_YEAR, "PS Valves", 1);
        // the same real SDN list the registry ITs import (same list date, so the newest list stays the one they expect)
        byte[] sdn = Files.readAllBytes(Path.of(System.getProperty("oretrace.shared.dir", "../shared"),
                "reference", "ofac-sdn-2024-05-03.csv"));
        Api.Response imported = admin.postFile("/api/sanctions/lists", "file", "ofac-sdn-2024-05-03.csv", sdn);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        assertThat(admin.awaitScreening(imported).getString("state")).isEqualTo("FINISHED");
        // an open smelter hit no other IT decides; RealTemplateYearIT confirms the first such hit, so take the last
        List<JsonObject> open = admin.get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("subjectType").equals("SMELTER"))
                .filter(h -> !OTHER_TESTS_HITS.contains(h.getInt("sdnEntryNumber"))).toList();
        assertThat(open).as("the real SDN list hits smelters of RMI's list").isNotEmpty();
        JsonObject hit = open.get(open.size() - 1);
        String smelterId = hit.getString("subjectRef");
        Metal metal = Metal.valueOf(admin.get("/api/smelters/" + smelterId).json().getString("metal").toUpperCase(Locale.ROOT));

        // the supplier reports that smelter; the declaration is accepted, the draft opened with its cover page and text done
        JsonObject declaration = admin.uploadResponse("PS-001", SANCTIONS_YEAR, CmrtFile.of("6.5").set("D8", "PS Supplier 1 Ltd.")
                .set("D16", "ps-001@supplier.test").set("D9", CmrtFile.COMPANY_A).noProducts().declare(metal)
                .smelter(CmrtFile.SmelterLine.byId(smelterId)).toBytes());
        long declarationId = declaration.getJsonNumber("id").longValue();
        String status = declaration.getString("status");
        if (status.equals("NEEDS_FOLLOW_UP")) {
            Api.Response accepted = admin.postJson("/api/declarations/" + declarationId + "/acceptance",
                    "{\"reason\":\"Findings checked with the supplier\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            status = accepted.json().getString("status");
        }
        if (status.equals("RISK_REVIEW")) {
            // the smelter's open sanctions hit is a red flag: accepted only with a recorded assessment
            Api.Response reviewed = admin.postJson("/api/declarations/" + declarationId + "/risk-review",
                    "{\"outcome\":\"ACCEPTED_WITH_REASON\",\"assessment\":\"Sanctions hit checked with the supplier\"}");
            assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
            status = reviewed.json().getString("status");
        }
        assertThat(status).isEqualTo("ACCEPTED");
        assertThat(admin.post("/api/filings/" + SANCTIONS_YEAR).status()).isEqualTo(200);
        List<String> annex = admin.get("/api/filings/" + SANCTIONS_YEAR + "/annex-a").jsonArray().getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("smelterId", "")).toList();
        assertThat(annex).contains(smelterId);

        // the item names its cause: hits on this year's smelters, counted as the registry holds them open
        long openOnYear = openHitsOn(annex);
        JsonObject item = item(preflight(SANCTIONS_YEAR), "OPEN_SANCTIONS_HITS").orElseThrow();
        assertThat(item.getString("severity")).isEqualTo("BLOCKING");
        assertThat((long) item.getInt("count")).isEqualTo(openOnYear).isPositive();
        assertThat(item.getString("message")).contains("sanctions screening hits on this year's smelters are neither confirmed nor dismissed");
        assertThat(item.getString("link")).isEqualTo("/registry/sanctions.xhtml");
        Api.Response refused = admin.post("/api/filings/" + SANCTIONS_YEAR + "/finalize");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("code"))
                .contains("OPEN_SANCTIONS_HITS");

        // decided in the registry (every open hit on the year's smelters: the other screenings may have found more)
        for (JsonObject h : admin.get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class)) {
            if (h.getString("subjectType").equals("SMELTER") && annex.contains(h.getString("subjectRef"))) {
                // dismissed, not confirmed: a confirmed hit would make these common smelters red flags for every later IT
                Api.Response confirmed = admin.postJson("/api/screening/hits/" + h.getInt("id") + "/dismiss",
                        "{\"reason\":\"Different entity: OFAC remarks name another company\"}");
                assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            }
        }
        assertThat(item(preflight(SANCTIONS_YEAR), "OPEN_SANCTIONS_HITS")).isEmpty();
    }

    @Test
    void hostileReportTextNeverMakesTheEdgarCheckFail() {
        int year = HOSTILE_YEAR;
        Api officer = Api.asAdmin();
        assertThat(officer.post("/api/filings/" + year).status()).isEqualTo(200);
        // script, an event handler, a link outside sec.gov, control characters and non-ASCII text, as a user could paste them
        Api.Response saved = officer.putJson("/api/filings/" + year + "/narrative", """
                {"overview":"{registrantName} makes valves.<script>alert(1)</script> <a href=\\"http://evil.test\\" onclick=\\"x()\\">x</a>\
                 Bell\\u0007 nul\\u0000 \\uFFFF Zürich \\u00a9 \\ud83d\\ude00 <img src=x>"}""");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(item(preflight(year), "EDGAR_CHECK_FAILING")).as("the renderer neutralises the text").isEmpty();
        for (String document : List.of("form-sd.htm", "ex1-01.htm", "form-sd.html")) {
            JsonObject check = officer.get("/api/filings/" + year + "/edgar-check?document=" + document).json();
            assertThat(check.getBoolean("passed")).as(document + ": " + check).isTrue();
        }
        String exhibit = officer.get("/api/filings/" + year + "/documents/ex1-01.htm").body();
        assertThat(exhibit).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("Z&#252;rich").doesNotContain("<script")
                .doesNotContain("<img");
    }

    @Test
    void aSupplierAddedAfterTheCampaignChangesNeitherTheDraftNorTheFinalizedFacts() throws IOException {
        FilingFixtures.suppliers(admin, "PL", "PL Springs", 3);
        FilingFixtures.solicit(admin, SCOPE_YEAR, "PL Springs", 3);
        assertThat(admin.post("/api/filings/" + SCOPE_YEAR).status()).isEqualTo(200);
        Map<String, Integer> before = facts(SCOPE_YEAR);
        assertThat(before).containsEntry("suppliersSolicited", 3).containsEntry("suppliersInScope", 3);

        // a new supplier of the campaign's category, in scope, after the launch: the year's population is who was asked
        addSupplier("PL-LATE-1");
        // (the request mails go out meanwhile, so requestsSent may move; the population and its figures may not)
        assertThat(population(facts(SCOPE_YEAR))).isEqualTo(population(before));
        assertThat(admin.get("/api/campaigns/" + SCOPE_YEAR + "/statistics").json().getInt("solicited")).isEqualTo(3);

        // finalized (an ADMIN's override: the suppliers have not answered), then another supplier arrives
        assertThat(admin.putJson("/api/filings/" + SCOPE_YEAR + "/registrant", """
                {"name":"Late Springs, Inc.","stateOfIncorporation":"Delaware","commissionFileNumber":"001-20880",
                 "address":"1 Example Way, Springfield, Illinois 62701","contactName":"Pat Doe","contactPhone":"(217) 555-0100",
                 "signerName":"Pat Doe","signerTitle":"General Counsel","website":"www.example.com/cmr"}""").status()).isEqualTo(200);
        Api.Response finalized = admin.postJson("/api/filings/" + SCOPE_YEAR + "/finalize",
                "{\"override\":true,\"reason\":\"Filed on time; the template text is reviewed in version 2\"}");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        Map<String, Integer> frozen = facts(SCOPE_YEAR);
        addSupplier("PL-LATE-2");
        assertThat(facts(SCOPE_YEAR)).as("frozen: every fact as signed").isEqualTo(frozen);
        assertThat(frozen).containsEntry("suppliersSolicited", 3).containsEntry("suppliersInScope", 3);
        // a version 2 drafted now still counts the campaign's three
        assertThat(admin.post("/api/filings/" + SCOPE_YEAR + "/versions").status()).isEqualTo(200);
        assertThat(facts(SCOPE_YEAR)).containsEntry("suppliersSolicited", 3).containsEntry("suppliersInScope", 3);
    }

    private static void addSupplier(String number) {
        Api.Response late = admin.postJson("/api/suppliers", """
                {"supplierNumber":"%s","name":"%s Springs Ltd.","category":"PL Springs","country":"Germany",
                 "contacts":[{"name":"Late","email":"%s@supplier.test","language":"en","primary":true}]}"""
                .formatted(number, number, number.toLowerCase(Locale.ROOT)));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().getBoolean("inScope")).isTrue();
    }

    /** The facts the campaign's population decides. */
    private static Map<String, Integer> population(Map<String, Integer> facts) {
        return facts.entrySet().stream().filter(e -> Set.of("suppliersSolicited", "suppliersInScope", "suppliersResponded",
                "responseRatePercent", "declarationsAccepted").contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Integer> facts(int year) {
        return admin.get("/api/filings/" + year + "/facts").json().getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("key"), f -> f.getInt("value")));
    }

    private static long openHitsOn(List<String> smelterIds) {
        return admin.get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("subjectType").equals("SMELTER") && smelterIds.contains(h.getString("subjectRef"))).count();
    }

    private static JsonObject preflight(int year) {
        Api.Response r = admin.get("/api/filings/" + year + "/preflight");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Optional<JsonObject> item(JsonObject preflight, String code) {
        return preflight.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(code)).findFirst();
    }
}

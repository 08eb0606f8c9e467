package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oretrace.app.it.support.Api;
import org.oretrace.app.it.support.ItSmtp;
import org.oretrace.intake.testing.EmrtFile;
import org.oretrace.intake.testing.EmrtLookup;
import org.oretrace.intake.testing.LookupEntry;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An EMRT uploaded over REST where only the CMRT was asked (here: a file without a supplier, so no request asked for the
 * EMRT) is stored, rejected with a message that says so, and listed as an EMRT. An EMRT that a request asked for is
 * read (CampaignTemplatesIT) and its Smelter List matched against the registry once the registry knows the EMRT's
 * smelters: matched rows with method and score, an unknown one in the match review queue with its mineral, a red flag
 * that puts the declaration into risk review, and the review recorded.
 */
class EmrtUploadIT {

    private static final Api ADMIN = Api.asAdmin();
    private static final int YEAR = 2079;
    @RegisterExtension
    static final ItSmtp smtp = new ItSmtp();

    @Test
    void anEmrtAskedForIsMatchedAgainstTheRegistryAndItsRedFlagGoesToRiskReview() {
        // the registry learns the EMRT 2.1 smelters from the real template, as an admin uploads it
        Api.Response list = ADMIN.postFile("/api/registry/reference-list", "file", "RMI_EMRT_2.1.xlsx",
                Templates.bytes("RMI_EMRT_2.1.xlsx"));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        // a campaign asking for both templates, launched to one supplier
        assertThat(ADMIN.postJson("/api/supplier-categories", "{\"name\":\"EU Cells\"}").status()).isEqualTo(201);
        Api.Response supplier = ADMIN.postJson("/api/suppliers", """
                {"supplierNumber":"EU-001","name":"EU Cells GmbH","category":"EU Cells","inScope":true,"country":"Germany",
                 "ownerName":"Buyer","ownerEmail":"buyer.eu@corp.test",
                 "contacts":[{"name":"Eva Ulm","email":"eu-001@supplier.test","language":"en","primary":true}]}""");
        assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        Api.Response campaign = ADMIN.postJson("/api/campaigns", """
                {"year":%d,"dueDate":"%s","cmrtVersion":"6.5","templates":["CMRT","EMRT"],"emrtVersion":"2.1",
                 "categories":["EU Cells"],"senderName":"Jane Doe, Compliance"}""".formatted(YEAR, LocalDate.of(YEAR + 1, 3, 31)));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        assertThat(ADMIN.postFile("/api/campaigns/" + YEAR + "/cmrt", "file", "RMI_CMRT_6.5.xlsx",
                Templates.bytes("RMI_CMRT_6.5.xlsx")).status()).isEqualTo(200);
        assertThat(ADMIN.postFile("/api/campaigns/" + YEAR + "/emrt", "file", "RMI_EMRT_2.1.xlsx",
                Templates.bytes("RMI_EMRT_2.1.xlsx")).status()).isEqualTo(200);
        assertThat(ADMIN.post("/api/campaigns/" + YEAR + "/launch").json().getInt("mailed")).isEqualTo(1);

        LookupEntry cobalt = EmrtLookup.smelters("2.1", "Cobalt", 1).get(0);
        LookupEntry copper = EmrtLookup.smelters("2.1", "Copper", 1).get(0);
        String unknown = "Emrtit Cobalt Refinery " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "")
                .toUpperCase(Locale.ROOT);
        byte[] emrt = EmrtFile.of("2.1").set("D8", "EU Cells GmbH").noSmelters()
                .smelter(EmrtFile.SmelterLine.byLookup("Cobalt", cobalt.lookupName()))
                // the copper refinery by its RMI ID (and its look-up name, which the EMRT's Checker asks for): the ID decides
                .smelter(new EmrtFile.SmelterLine(copper.smelterId(), "Copper", copper.lookupName(), null, null))
                .smelter(EmrtFile.SmelterLine.notListed("Cobalt", unknown, "ZAMBIA"))
                .answer(3, Metal.COBALT, "Yes").comment(3, Metal.COBALT, "Part of our cobalt is mined in Katanga")
                .toBytes();
        JsonObject read = ADMIN.uploadResponse("EU-001", YEAR, emrt);
        long id = read.getJsonNumber("id").longValue();
        assertThat(read.getString("template")).isEqualTo("EMRT");
        assertThat(read.getString("status")).as(read.toString()).isEqualTo("RISK_REVIEW");
        List<JsonObject> smelters = read.getJsonArray("smelters").getValuesAs(JsonObject.class);
        // a field without value is left out of the JSON: the unresolved row has no registry ID
        assertThat(smelters).extracting(s -> s.getString("metal"), s -> s.getString("resolvedSmelterId", "none"),
                        s -> s.getString("matchMethod"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cobalt", cobalt.smelterId(), "EXACT_ALIAS"),
                        org.assertj.core.groups.Tuple.tuple("Copper", copper.smelterId(), "SMELTER_ID"),
                        org.assertj.core.groups.Tuple.tuple("Cobalt", "none", "UNRESOLVED"));
        assertThat(smelters.get(0).getJsonNumber("matchScore").doubleValue()).isEqualTo(1.0);
        assertThat(read.getJsonArray("redFlags").getValuesAs(JsonObject.class)).extracting(f -> f.getString("code"))
                .containsExactly("CAHRA_SOURCING");

        // the row nobody could identify waits in the registry's match review, with its mineral and where it came from
        JsonObject review = ADMIN.get("/api/registry/reviews?status=open").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> unknown.equals(r.getString("reportedName"))).findFirst().orElseThrow();
        assertThat(review.getString("metal")).isEqualTo("Cobalt");
        assertThat(review.getString("reportedCountry")).isEqualTo("ZAMBIA");
        assertThat(review.getString("sourceRef")).isEqualTo("declaration " + id + ", Smelter List row 7");

        // the registry's smelter page lists the supplier among those that reported the matched refiner
        JsonObject reportedBy = ADMIN.get("/api/smelters/" + cobalt.smelterId()).json().getJsonObject("reportedBy");
        assertThat(reportedBy.getJsonArray("declarations").getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("declarationId").longValue()).contains(id);

        // the risk review, as for a CMRT
        Api.Response reviewed = ADMIN.postJson("/api/declarations/" + id + "/risk-review", """
                {"outcome":"ACCEPTED_WITH_REASON","assessment":"The cobalt refiner is audited; CAHRA sourcing reviewed"}""");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(reviewed.json().getJsonArray("riskReviews").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("outcome")).containsExactly("ACCEPTED_WITH_REASON");
    }

    @Test
    void anEmrtWhereTheCmrtWasAskedIsRejectedSayingSo() {
        // the real blank 2.1 with a name of its own, so that the upload is no duplicate of another IT's blank
        byte[] emrt = withMarker(Templates.bytes("RMI_EMRT_2.1.xlsx"));
        Api.Response r = ADMIN.postFile("/api/declarations", "file", "acme-emrt-2.1.xlsx", emrt, Map.of("campaign", "2025"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        JsonObject json = r.json();
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        assertThat(json.getString("template")).isEqualTo("EMRT");
        assertThat(json.getJsonObject("rejection").getString("code")).isEqualTo("OTHER_RMI_TEMPLATE");
        assertThat(json.getJsonObject("rejection").getString("message"))
                .contains("Extended Minerals Reporting Template (EMRT)", "Only the CMRT was asked for in this request");
        long id = json.getJsonNumber("id").longValue();
        assertThat(ADMIN.get("/api/declarations/" + id + "/original").bytes()).isEqualTo(emrt);
        JsonObject listed = ADMIN.get("/api/declarations?q=acme-emrt-2.1&year=2025").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
        assertThat(listed.getString("template")).isEqualTo("EMRT");
    }

    /** A zip comment makes the bytes unique without touching the workbook (readers ignore it). */
    private static byte[] withMarker(byte[] xlsx) {
        byte[] marker = ("EmrtUploadIT " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(xlsx, xlsx.length + marker.length);
        // the end-of-central-directory record is the last 22 bytes when the zip has no comment
        int eocd = xlsx.length - 22;
        assertThat(xlsx[eocd]).isEqualTo((byte) 0x50);
        out[eocd + 20] = (byte) marker.length;
        out[eocd + 21] = 0;
        System.arraycopy(marker, 0, out, xlsx.length, marker.length);
        return out;
    }
}

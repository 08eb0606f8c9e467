package org.oretrace.app.it.intake;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;
import org.oretrace.intake.testing.CmrtFile;
import org.oretrace.intake.testing.Templates;
import org.oretrace.kernel.Metal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/declarations with good and bad files against the real WAR. */
class DeclarationApiIT {

    private static final Api ADMIN = Api.asAdmin();

    @Test
    void aGoodCmrtIsStoredReadAndReturnedInTheContractsShape() throws Exception {
        byte[] file = CmrtFile.of("6.5").set("D8", "Api Good Metals Ltd.").language("German").toBytes();
        Api.Response created = ADMIN.postFile("/api/declarations", "file", "good metals.xlsx", file,
                Map.of("campaign", "2025"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).matches(".*/api/declarations/\\d+");
        JsonObject json = created.json();
        assertThat(json.getString("status")).isEqualTo("ACCEPTED");
        assertThat(json.getString("templateVersion")).isEqualTo("6.5");
        assertThat(json.getString("language")).isEqualTo("German");
        assertThat(json.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        assertThat(json.getJsonObject("company").getString("name")).isEqualTo("Api Good Metals Ltd.");
        assertThat(json.getJsonObject("company").getString("effectiveDate")).isEqualTo("2025-01-15");
        assertThat(json.getJsonObject("answers").getJsonObject("1").getJsonObject("TIN").getString("answer")).isEqualTo("Yes");
        assertThat(json.getJsonObject("companyQuestions").getJsonObject("B").getString("comment")).startsWith("https://");
        JsonObject smelter = json.getJsonArray("smelters").getJsonObject(0);
        assertThat(smelter.getInt("row")).isEqualTo(5);
        assertThat(smelter.getString("smelterIdInput")).startsWith("CID");
        assertThat(smelter.getString("resolvedSmelterId")).isEqualTo(smelter.getString("smelterIdInput"));
        assertThat(smelter.getString("matchMethod")).isEqualTo("SMELTER_ID");
        assertThat(json.getJsonArray("products").getJsonObject(0).getString("number")).isEqualTo("P-100");
        assertThat(json.getJsonArray("findings")).isEmpty();
        assertThat(json.getInt("reportingYear")).isEqualTo(2025);

        long id = json.getJsonNumber("id").longValue();
        assertThat(ADMIN.get("/api/declarations/" + id).json().getString("sha256")).isEqualTo(json.getString("sha256"));
        Api.Response original = ADMIN.get("/api/declarations/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(file);
        assertThat(original.header("Content-Disposition")).contains("good%20metals.xlsx");

        Api.Response again = ADMIN.postFile("/api/declarations", "file", "same-again.xlsx", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(again.json().getBoolean("duplicate")).isTrue();
    }

    @Test
    void badFilesAreStoredAndRejectedWithTheirCode() {
        assertRejected("empty.xlsx", new byte[0], "EMPTY_FILE");
        assertRejected("smelters.csv", "Metal,Smelter\nTin,Alpha\n".getBytes(StandardCharsets.UTF_8), "NOT_XLSX");
        assertRejected("emrt.xlsx", Templates.bytes("RMI_EMRT_2.1.xlsx"), "OTHER_RMI_TEMPLATE");
        byte[] old = CmrtFile.of("6.01").set("J3", "Revision 5.12").toBytes();
        assertRejected("old.xlsx", old, "UNSUPPORTED_CMRT_VERSION");
    }

    @Test
    void aDeclarationWithErrorsNeedsFollowUpAndCanBeAcceptedWithAReason() {
        byte[] file = CmrtFile.of("6.4").set("D16", "ann at acme").declare(Metal.GOLD).toBytes();
        JsonObject json = ADMIN.postFile("/api/declarations", "file", "follow-up.xlsx", file).json();
        assertThat(json.getString("status")).isEqualTo("NEEDS_FOLLOW_UP");
        List<String> findings = json.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("code") + "@" + f.getString("sheet") + "!" + f.getString("cell")).toList();
        assertThat(findings).contains("INVALID_EMAIL@Declaration!D16", "METAL_WITHOUT_SMELTERS@Declaration!D28");
        long id = json.getJsonNumber("id").longValue();

        JsonObject draft = ADMIN.get("/api/declarations/" + id + "/corrective-action").json();
        assertThat(draft.getString("body")).contains("cell D16").contains("ann at acme");
        assertThat(draft.getString("subject")).contains("follow-up.xlsx");

        assertThat(ADMIN.postJson("/api/declarations/" + id + "/acceptance", "{\"reason\":\" \"}").status()).isEqualTo(400);
        JsonObject accepted = ADMIN.postJson("/api/declarations/" + id + "/acceptance",
                "{\"reason\":\"Gold smelters confirmed by phone\"}").json();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("acceptedReason")).isEqualTo("Gold smelters confirmed by phone");
        assertThat(ADMIN.get("/api/audit?type=Declaration&id=" + id).body()).contains("Gold smelters confirmed by phone");

        JsonObject reread = ADMIN.post("/api/declarations/" + id + "/evaluation").json();
        assertThat(reread.getString("status")).as("acceptance by a person survives re-reading").isEqualTo("ACCEPTED");
    }

    @Test
    void aViewerMayReadButNotUpload() {
        Api viewer = Api.newUser("intake-viewer", "VIEWER", "viewer-password-7");
        assertThat(viewer.postFile("/api/declarations", "file", "x.xlsx", new byte[]{1, 2}).status()).isEqualTo(403);
        assertThat(viewer.get("/api/declarations").status()).isEqualTo(200);
        assertThat(ADMIN.get("/api/declarations/999999999").status()).isEqualTo(404);
    }

    private static void assertRejected(String name, byte[] bytes, String code) {
        Api.Response r = ADMIN.postFile("/api/declarations", "file", name, bytes);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonObject json = r.json();
        assertThat(json.getString("status")).isEqualTo("REJECTED");
        assertThat(json.getJsonObject("rejection").getString("code")).isEqualTo(code);
        assertThat(json.getJsonObject("rejection").getString("message")).isNotBlank();
        assertThat(ADMIN.get("/api/declarations/" + json.getJsonNumber("id").longValue() + "/original").bytes())
                .isEqualTo(bytes);
    }
}

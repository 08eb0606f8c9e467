package org.oretrace.app.it.registry;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oretrace.app.it.support.Api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's REST API against the deployed WAR, which starts with RMI's lists of CMRT 6.01 to 6.5 already loaded. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryApiIT {

    static Path shared(String file) {
        return Path.of(System.getProperty("oretrace.shared.dir", "../../../shared")).resolve(file);
    }

    @Test
    @Order(1)
    void aFreshInstallationKnowsRmisCurrentSmelterList() {
        JsonArray agosi = Api.asAdmin().get("/api/smelters?q=agosi&metal=Gold").jsonArray();
        assertThat(agosi).hasSize(1);
        assertThat(agosi.getJsonObject(0).getString("smelterId")).isEqualTo("CID000035");
        assertThat(Api.asAdmin().get("/api/smelters?country=Uganda&max=1000").jsonArray().getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("smelterId")).contains("CID003185");
        assertThat(Api.asAdmin().get("/api/smelters?country=Atlantis").jsonArray()).isEmpty();
        assertThat(Api.asAdmin().get("/api/smelters?metal=Unobtainium").status()).isEqualTo(400);

        JsonObject detail = Api.asAdmin().get("/api/smelters/CID002044").json();
        assertThat(detail.getString("standardName")).isEqualTo("Wolfram Bergbau und Hutten AG");
        assertThat(detail.getString("countryCode")).isEqualTo("AT");
        assertThat(detail.getJsonArray("aliases").getValuesAs(JsonObject.class)).extracting(a -> a.getString("name"))
                .contains("WBH", "Wolfram Bergbau und Hütten AG");
        assertThat(Api.asAdmin().get("/api/smelters/CID999999").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void matchingAnswersInTheSameOrderWithMethodAndReason() {
        Api.Response response = Api.asAdmin().postJson("/api/smelters/match", """
                [{"metal":"Gold","name":"AGOSI AG","country":"Germany"},
                 {"metal":"Tin","name":null,"country":null,"smelterId":"CID000035"},
                 {"metal":"Tin","name":"Smelter not listed","country":"China"},
                 {"metal":"Tungsten","name":"Wolfram Bergbau & Hütten","country":"Austria"},
                 {"metal":"Gold","name":"Nowhere Bullion Fantasy Works","country":"Peru"},
                 {"metal":"Plutonium","name":"Agosi AG"}]""");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonObject> rows = response.jsonArray().getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getString("method"))
                .containsExactly("EXACT_ALIAS", "UNRESOLVED", "NOT_LISTED", "NORMALIZED_ALIAS", "UNRESOLVED", "UNRESOLVED");
        assertThat(rows.get(0).getString("smelterId")).isEqualTo("CID000035");
        assertThat(rows.get(1).isNull("smelterId")).isTrue();
        assertThat(rows.get(1).getString("reason")).contains("CID000035 is a Gold smelter");
        assertThat(rows.get(3).getString("smelterId")).isEqualTo("CID002044");
        assertThat(rows.get(5).getString("reason")).contains("unknown metal 'Plutonium'");
        assertThat(Api.asAdmin().postJson("/api/smelters/match", "{not json").status()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void importsNeedAnAdministratorAndExplainBadFiles() throws IOException {
        Api viewer = Api.newUser("registry-viewer", "VIEWER", "registry-viewer-1");
        // a small body: the server refuses before reading it
        assertThat(viewer.postFile("/api/registry/reference-list", "file", "RMI_CMRT_6.5.xlsx", new byte[]{1, 2, 3}).status())
                .isEqualTo(403);
        assertThat(viewer.postJson("/api/registry/reviews", "{\"metal\":\"Gold\",\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/smelters?q=agosi").status()).isEqualTo(200);

        Api.Response notAWorkbook = Api.asAdmin().postFile("/api/registry/reference-list", "file", "list.csv",
                "metal,name\nTin,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.status()).isEqualTo(400);
        assertThat(notAWorkbook.json().getString("message")).contains("Not an Excel workbook");
    }

    @Test
    @Order(4)
    void reimportingTheShippedTemplateChangesNothing() throws IOException {
        byte[] template = Files.readAllBytes(shared("rmi-templates/RMI_CMRT_6.5.xlsx"));
        Api.Response response = Api.asAdmin().postFile("/api/registry/reference-list", "file", "RMI_CMRT_6.5.xlsx", template);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonObject log = response.json();
        assertThat(log.getString("templateVersion")).isEqualTo("CMRT 6.5");
        assertThat(log.getInt("smelters")).isEqualTo(349);
        assertThat(log.getInt("newCount")).isZero();
        assertThat(log.getInt("changedCount")).isZero();
        assertThat(log.getInt("unchangedCount")).isEqualTo(349);
        assertThat(Api.asAdmin().get("/api/registry/reference-list/imports").jsonArray().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("templateVersion")).contains("CMRT 6.5");
    }

    @Test
    @Order(5)
    void rmapStatusesAreImportedFromCsvWithRmisColumnNames() {
        String csv = "Smelter ID,Metal,Standard Smelter Name,RMAP Status,Status Date,Notes\r\n"
                + "CID000035,Gold,Agosi AG,Conformant,2024-02-01,\r\n"
                + "CID002044,Tungsten,Wolfram Bergbau und Hutten AG,Active,3/15/2023,x\r\n"
                + "CID999999,Gold,Nobody,Conformant,2024-01-01,\r\n";
        Api.Response response = Api.asAdmin().postFile("/api/registry/rmap-status", "file", "rmap.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().getInt("added")).isEqualTo(2);
        assertThat(response.json().getInt("unknownSmelters")).isEqualTo(1);
        JsonObject agosi = Api.asAdmin().get("/api/smelters/CID000035").json();
        assertThat(agosi.getString("rmapCategory")).isEqualTo("CONFORMANT");
        assertThat(agosi.getJsonArray("statusHistory")).hasSize(1);
        Api.Response missingColumns = Api.asAdmin().postFile("/api/registry/rmap-status", "file", "bad.csv",
                "cid,metal\r\nCID000035,Gold\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missingColumns.status()).isEqualTo(400);
        assertThat(missingColumns.json().getString("message")).contains("status date");
    }

    @Test
    @Order(6)
    void anSdnImportAnswersOnceTheListIsStoredAndScreensEverySmelterInTheBackground() throws IOException {
        byte[] sdn = Files.readAllBytes(shared("reference/ofac-sdn-2024-05-03.csv"));
        int listsBefore = Api.asAdmin().get("/api/sanctions/lists").jsonArray().size();
        Api.Response response = Api.asAdmin().postFile("/api/sanctions/lists", "file", "ofac-sdn-2024-05-03.csv", sdn);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        JsonObject result = response.json();
        assertThat(result.getString("listDate")).isEqualTo("2024-05-03");
        assertThat(result.getInt("entries")).isEqualTo(14965);
        long screeningId = result.getJsonNumber("screeningId").longValue();
        assertThat(response.header("Location")).endsWith("/api/screening/runs/" + screeningId);

        // the answer came before the screening (about a minute for the whole list): it is still running
        JsonObject running = Api.asAdmin().get("/api/screening/runs/" + screeningId).json();
        assertThat(running.getString("state")).isEqualTo("RUNNING");
        assertThat(running.getInt("listId")).isEqualTo(result.getInt("listId"));
        // every smelter RMI ever listed is screened: the 415 IDs of CMRT 6.01 to 6.5, and those an EMRT list brought when
        // another IT on this server (EmrtUploadIT) imported one before
        int registered = 415 + Api.asAdmin().get("/api/registry/reference-list/imports").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("fileName", "").contains("EMRT"))
                .mapToInt(i -> i.getInt("newCount")).sum();
        assertThat(running.getInt("total")).isEqualTo(registered);
        assertThat(running.getInt("done")).isLessThan(registered);
        // meanwhile another import is refused with who runs the screening, and stores nothing
        Api.Response refused = Api.asAdmin().postFile("/api/sanctions/lists", "file", "ofac-sdn-2024-05-03.csv", sdn);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("message")).startsWith("A screening is already running: started by ");
        assertThat(Api.asAdmin().get("/api/sanctions/lists").jsonArray()).hasSize(listsBefore + 1);

        JsonObject screening = Api.asAdmin().awaitScreening(response);
        assertThat(screening.getString("state")).as(screening.toString()).isEqualTo("FINISHED");
        assertThat(screening.getInt("done")).isEqualTo(registered);
        assertThat(screening.getInt("hits")).isBetween(2, 15);
        assertThat(Api.asAdmin().get("/api/screening/runs/999999999").status()).isEqualTo(404);

        // RegistryAdminBrowserIT may have decided the African Gold Refinery hit already: it is found, open or not
        assertThat(Api.asAdmin().get("/api/screening/hits").jsonArray().getValuesAs(JsonObject.class))
                .extracting(h -> h.getInt("sdnEntryNumber")).contains(44088, 32791);
        List<JsonObject> open = Api.asAdmin().get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class);
        assertThat(open).extracting(h -> h.getInt("sdnEntryNumber")).contains(44088);
        JsonObject ural = open.stream().filter(h -> h.getInt("sdnEntryNumber") == 44088).findFirst().orElseThrow();
        assertThat(ural.getString("sdnName")).isEqualTo("JOINT STOCK COMPANY URALELEKTROMED");
        assertThat(ural.getString("sdnPrograms")).isEqualTo("RUSSIA-EO14024");
        assertThat(ural.getString("subjectName")).isEqualTo("JSC Uralelectromed");

        Api.Response confirmed = Api.asAdmin().postJson("/api/screening/hits/" + ural.getInt("id") + "/confirm",
                "{\"reason\":\"same company\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(Api.asAdmin().get("/api/smelters/" + ural.getString("subjectRef")).json().getBoolean("sanctioned")).isTrue();
        assertThat(Api.asAdmin().get("/api/screening/hits?status=confirmed").jsonArray().getValuesAs(JsonObject.class))
                .extracting(h -> h.getInt("sdnEntryNumber")).contains(44088);
        assertThat(Api.asAdmin().get("/api/screening/hits?status=maybe").status()).isEqualTo(400);
        assertThat(Api.asAdmin().postJson("/api/screening/hits/" + open.get(0).getInt("id") + "/dismiss", "{\"reason\":\"\"}")
                .status()).isEqualTo(400);
        assertThat(Api.asAdmin().get("/api/sanctions/lists").jsonArray().getJsonObject(0).getInt("entities")).isGreaterThan(6000);
        Api.Response notSdn = Api.asAdmin().postFile("/api/sanctions/lists", "file", "x.csv", "hello".getBytes(), Map.of());
        assertThat(notSdn.status()).as(notSdn.toString()).isEqualTo(400);
        assertThat(notSdn.json().getString("message")).startsWith("No SDN entries found").contains("hello");
    }

    @Test
    @Order(7)
    void suppliersAreScreenedAgainstTheSameListWhenSaved() {
        Api.Response created = Api.asAdmin().postJson("/api/suppliers", """
                {"supplierNumber": "SCREEN-1", "name": "African Gold Refinery Limited", "category": "Metallic",
                 "inScope": true, "country": "UG"}""");
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        List<JsonObject> open = Api.asAdmin().get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class);
        assertThat(open).anySatisfy(hit -> {
            assertThat(hit.getString("subjectType")).isEqualTo("SUPPLIER");
            assertThat(hit.getString("subjectName")).isEqualTo("African Gold Refinery Limited");
            assertThat(hit.getInt("sdnEntryNumber")).isEqualTo(32791);
        });
        // an ordinary supplier name raises no hit
        Api.asAdmin().postJson("/api/suppliers", """
                {"supplierNumber": "SCREEN-2", "name": "Keystone Gear Works Inc.", "category": "Ferrous", "inScope": true, "country": "US"}""");
        assertThat(Api.asAdmin().get("/api/screening/hits?status=open").jsonArray().getValuesAs(JsonObject.class))
                .noneSatisfy(hit -> assertThat(hit.getString("subjectName")).isEqualTo("Keystone Gear Works Inc."));
    }
}

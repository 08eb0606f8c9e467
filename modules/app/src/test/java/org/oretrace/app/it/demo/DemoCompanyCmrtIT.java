package org.oretrace.app.it.demo;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import org.oretrace.intake.infrastructure.EmrtContent;
import org.oretrace.intake.infrastructure.EmrtReader;
import org.oretrace.intake.infrastructure.EmrtReading;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year comes with our own CMRT generated as a first draft, rolled up from the demo's accepted declarations,
 * and our own EMRT generated beside it into the campaign's run-time blank EMRT 2.1 (honest without accepted EMRTs: the
 * demo campaign asks for the CMRT only), which intake's own EMRT reader reads back; the demo registry knows RMI's EMRT
 * 2.1 list as shipped, labelled with its source and date.
 */
class DemoCompanyCmrtIT {

    @Test
    void theDemoYearHasAGeneratedDraftOfOurCmrt() {
        Api demo = Api.demoAdmin();
        JsonObject cmrt = demo.get("/api/rollups/2023/cmrt").json();
        JsonObject current = cmrt.getJsonObject("current");
        assertThat(current.getInt("version")).isEqualTo(1);
        assertThat(current.getString("status")).isEqualTo("DRAFT");
        assertThat(current.getString("sha256")).hasSize(64);
        Map<String, JsonObject> answers = cmrt.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("key"), a -> a));
        long accepted = demo.get("/api/filings/2023/facts").json().getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals("declarationsAccepted")).findFirst().orElseThrow().getInt("value");
        assertThat(answers.get("F").getString("answer")).isEqualTo("Yes");
        assertThat(answers.get("F").getJsonArray("declarations")).hasSize((int) accepted);
        assertThat(answers.get("B").getString("comment")).isEqualTo("https://www.meridian-drivetrain.example/responsible-minerals-policy");
        Api.Response file = demo.get("/api/rollups/2023/cmrt.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).hasSizeGreaterThan(1000);
    }

    @Test
    void theDemoYearHasADraftOfOurEmrtBesideOurCmrt() {
        Api demo = Api.demoAdmin();
        JsonObject emrt = demo.get("/api/rollups/2023/emrt").json();
        assertThat(emrt.getString("template")).isEqualTo("EMRT");
        JsonObject current = emrt.getJsonObject("current");
        assertThat(current.getString("template")).isEqualTo("EMRT");
        assertThat(current.getInt("version")).isEqualTo(1);
        assertThat(current.getString("status")).isEqualTo("DRAFT");
        assertThat(emrt.getString("contactEmail")).isEqualTo("laura.whitfield@meridian-drivetrain.example");
        Map<String, JsonObject> answers = emrt.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("key"), a -> a));
        for (String mineral : new String[]{"COBALT", "COPPER", "GRAPHITE", "LITHIUM", "MICA", "NICKEL"}) {
            JsonObject q1 = answers.get("1." + mineral);
            assertThat(q1).as("Q1 %s", mineral).isNotNull();
            // Yes only with an accepted EMRT behind it; otherwise No or Unknown, each with the declarations or the reason
            if (q1.getString("answer").equals("Yes")) {
                assertThat(q1.getJsonArray("declarations")).as("Q1 %s", mineral).isNotEmpty();
            } else {
                assertThat(q1.getString("answer")).isIn("No", "Unknown");
            }
        }
        assertThat(answers.get("B").getString("comment")).isEqualTo("https://www.meridian-drivetrain.example/responsible-minerals-policy");
        // generated into the campaign's run-time blank EMRT 2.1 (the demo ships no RMI file)
        assertThat(current.getString("sha256")).hasSize(64);
        Api.Response file = demo.get("/api/rollups/2023/emrt.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("X-Content-SHA256")).isEqualTo(current.getString("sha256"));
        // intake's own reader reads our EMRT back: 2.1, the six minerals, each answer the roll-up gave
        EmrtReading reading = new EmrtReader().read(file.bytes(), "our-emrt.xlsx");
        assertThat(reading.rejection()).isNull();
        EmrtContent ours = reading.content();
        assertThat(ours.templateVersion()).isEqualTo("2.1");
        assertThat(ours.company().getName()).isEqualTo("Meridian Drivetrain Holdings, Inc.");
        assertThat(ours.minerals()).hasSize(6);
        for (EmrtContent.EmrtAnswer a : ours.answers()) {
            if (a.answer() != null) {
                String key = a.mineral() == null ? a.question() : a.question() + "." + a.mineral().name();
                assertThat(answers.get(key)).as("rolled-up answer %s", key).isNotNull();
                assertThat(a.answer()).as("answer %s", key).isEqualTo(answers.get(key).getString("answer"));
            }
        }
    }

    @Test
    void theDemoRegistryKnowsRmisEmrtListLabelledWithItsSourceAndDate() {
        List<JsonObject> imports = Api.demoAdmin().get("/api/registry/reference-list/imports").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(imports).filteredOn(i -> i.getString("templateVersion").equals("EMRT 2.1")).singleElement()
                .satisfies(i -> assertThat(i.getString("fileName"))
                        .isEqualTo("RMI EMRT 2.1 Smelter Look-up, 2025-10-17 (shipped with Oretrace)"));
    }
}

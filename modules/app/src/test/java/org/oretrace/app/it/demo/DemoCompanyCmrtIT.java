package org.oretrace.app.it.demo;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year comes with our own CMRT generated as a first draft, rolled up from the demo's accepted declarations,
 * and our own EMRT's draft beside it (generated when the demo has a blank EMRT; honest without accepted EMRTs).
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
        Api.Response file = demo.get("/api/rollups/2023/emrt.xlsx");
        if (current.containsKey("sha256") && !current.isNull("sha256")) {
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.header("X-Content-SHA256")).isEqualTo(current.getString("sha256"));
        } else {
            assertThat(file.status()).as("no blank EMRT in the demo: nothing generated yet").isEqualTo(404);
        }
    }
}

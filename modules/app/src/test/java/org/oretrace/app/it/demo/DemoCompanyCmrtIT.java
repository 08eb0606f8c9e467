package org.oretrace.app.it.demo;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year comes with our own CMRT generated as a first draft, rolled up from the demo's accepted declarations. */
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
}

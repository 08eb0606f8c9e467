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
 * and our own EMRT generated beside it into the campaign's run-time blank EMRT 2.1, rolled up from the EMRTs of the six
 * suppliers asked for it too (four sent one, one of them with red flags, one without ever sending its CMRT: PARTIAL),
 * which intake's own EMRT reader reads back with their minerals, smelters and mines; the demo registry knows RMI's EMRT
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
    void sixSuppliersWereAskedForTheEmrtTooAndFourSentOne() {
        Api demo = Api.demoAdmin();
        List<JsonObject> emrts = demo.get("/api/declarations?year=2023&q=_EMRT_2.1&max=100").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> "EMRT".equals(d.getString("template", null))).toList();
        assertThat(emrts).as("the EMRTs the demo suppliers sent").hasSize(4);
        assertThat(emrts).extracting(d -> d.getString("status")).as("three clean, one with red flags")
                .containsExactlyInAnyOrder("ACCEPTED", "ACCEPTED", "ACCEPTED", "RISK_REVIEW");
        JsonObject flagged = demo.get("/api/declarations/" + emrts.stream().filter(d -> d.getString("status")
                .equals("RISK_REVIEW")).findFirst().orElseThrow().getJsonNumber("id").longValue()).json();
        assertThat(flagged.toString()).contains("CAHRA_SOURCING", "SMELTER_NOT_YET_IDENTIFIED");

        List<JsonObject> requests = demo.get("/api/campaigns/2023/requests").jsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> askedBoth = requests.stream().filter(r -> r.getJsonObject("answers").containsKey("EMRT")).toList();
        assertThat(askedBoth).as("asked for the CMRT and the EMRT").hasSize(6);
        // the partial supplier sent its EMRT and never its CMRT: the CMRT figures stay those of a CMRT-only campaign
        JsonObject partial = requests.stream().filter(r -> r.getString("state").equals("PARTIAL")).collect(
                Collectors.collectingAndThen(Collectors.toList(), l -> { assertThat(l).hasSize(1); return l.get(0); }));
        assertThat(partial.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("CMRT");
        assertThat(partial.getJsonObject("answers").getString("EMRT")).isEqualTo("RESPONDED");
        assertThat(partial.getJsonObject("answers").isNull("CMRT")).isTrue();

        JsonObject byTemplate = demo.get("/api/campaigns/2023/statistics").json().getJsonObject("byTemplate");
        assertThat(byTemplate.getJsonObject("CMRT").getInt("solicited")).isEqualTo(77);
        assertThat(byTemplate.getJsonObject("CMRT").getInt("responded")).isEqualTo(58);
        assertThat(byTemplate.getJsonObject("EMRT").getString("summary")).isEqualTo("4 of 6, 67%");

        // our EMRT rolls up the three accepted EMRTs: cobalt, copper and mica, with their smelters and the mine
        Map<String, JsonObject> answers = demo.get("/api/rollups/2023/emrt").json().getJsonArray("answers")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(a -> a.getString("key"), a -> a));
        for (String mineral : new String[]{"COBALT", "COPPER", "MICA"}) {
            assertThat(answers.get("1." + mineral).getString("answer")).as("Q1 %s", mineral).isEqualTo("Yes");
            assertThat(answers.get("1." + mineral).getJsonArray("declarations")).as("Q1 %s", mineral).isNotEmpty();
        }
        assertThat(answers.get("1.COBALT").getJsonArray("declarations")).as("the accepted EMRTs").hasSize(3);
        EmrtContent ours = new EmrtReader().read(demo.get("/api/rollups/2023/emrt.xlsx").bytes(), "our-emrt.xlsx").content();
        assertThat(ours.smelters()).extracting(r -> r.getMetal()).contains("Cobalt", "Copper", "Mica");
        assertThat(ours.smelters()).extracting(r -> r.getMetal() + ": " + r.getName() + " / " + r.getLookupName())
                .anyMatch(row -> row.startsWith("Mica") && row.contains("Arctic Minerals, LLC"))
                .anyMatch(row -> row.startsWith("Copper") && row.contains("Anglo American (Chagres)"));
        assertThat(ours.mines()).extracting(m -> m.getMineName()).contains("Kamoto Mine");
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

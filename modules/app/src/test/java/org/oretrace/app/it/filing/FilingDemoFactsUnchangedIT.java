package org.oretrace.app.it.filing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.oretrace.app.it.support.Api;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's before/after check: filing's facts and Annex A of the demo year, computed through the modules' published
 * APIs and views, equal what filing computed before the boundary work, when it read the other modules' tables and
 * services directly.
 * <p>
 * The expected values are a capture, not hand-written figures: {@code src/test/resources/filing-before-boundaries/}
 * holds the bodies of {@code GET /api/filings/2023/facts} and {@code GET /api/filings/2023/annex-a} as the demo server
 * of commit 3ce135c answered them (the last commit on main before the boundary work, 237db91..6222bd7 and the merge of
 * h16-mechanics, c7467fa). They were captured once by building that commit in a temporary worktree and running a
 * one-off IT there that wrote both bodies to files ({@code Api.demoAdmin()}, the same demo server as here), then
 * re-indented with sorted keys. Reproduce: {@code git worktree add --detach /tmp/before 3ce135c}, add such an IT, run
 * it through the slot wrapper with {@code -Dit.test=...}.
 * <p>
 * Facts the product added after that commit are not in the capture and not compared; every fact, every top-level
 * field and every Annex A row of the capture is. Named {@code ...Demo...IT} so that main's {@code DemoServerSuite} runs
 * it on the one demo server with the other demo ITs (a few HTTP calls there).
 */
class FilingDemoFactsUnchangedIT {

    private static JsonValue resource(String name) throws Exception {
        try (InputStream in = FilingDemoFactsUnchangedIT.class.getResourceAsStream("/filing-before-boundaries/" + name);
             JsonReader reader = Json.createReader(in)) {
            return reader.readValue();
        }
    }

    @Test
    void theDemoYearsFactsAreTheSameAsBeforeTheBoundaryWork() throws Exception {
        JsonObject before = resource("facts-2023.json").asJsonObject();
        JsonObject now = Api.demoAdmin().get("/api/filings/2023/facts").json();
        for (String field : List.of("asOf", "connected", "frozen", "reportingYear", "rmapSources", "sanctionedSmelters")) {
            assertThat(now.get(field)).as(field).isEqualTo(before.get(field));
        }
        Map<String, JsonObject> nowByKey = byKey(now.getJsonArray("facts"), f -> f.getString("key"));
        Map<String, JsonObject> beforeByKey = byKey(before.getJsonArray("facts"), f -> f.getString("key"));
        assertThat(beforeByKey).hasSizeGreaterThan(40);
        for (Map.Entry<String, JsonObject> fact : beforeByKey.entrySet()) {
            assertThat(nowByKey).as("fact %s is still computed", fact.getKey()).containsKey(fact.getKey());
            assertThat(nowByKey.get(fact.getKey()).get("value")).as("fact %s", fact.getKey())
                    .isEqualTo(fact.getValue().get("value"));
        }
    }

    @Test
    void theDemoYearsAnnexAIsTheSameAsBeforeTheBoundaryWork() throws Exception {
        Function<JsonObject, String> row = r -> (r.isNull("smelterId") ? r.getString("name") : r.getString("smelterId"))
                + "|" + r.getString("metal");
        Map<String, JsonObject> before = byKey(resource("annex-a-2023.json").asJsonArray(), row);
        Map<String, JsonObject> now = byKey(Api.demoAdmin().get("/api/filings/2023/annex-a").jsonArray(), row);
        assertThat(before).hasSizeGreaterThan(300);
        assertThat(now.keySet()).isEqualTo(before.keySet());
        for (Map.Entry<String, JsonObject> e : before.entrySet()) {
            for (String field : e.getValue().keySet()) {
                assertThat(now.get(e.getKey()).get(field)).as("%s of %s", field, e.getKey()).isEqualTo(e.getValue().get(field));
            }
        }
    }

    private static Map<String, JsonObject> byKey(JsonArray array, Function<JsonObject, String> key) {
        return array.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
                    throw new AssertionError("two entries for " + key.apply(a));
                }, LinkedHashMap::new));
    }
}

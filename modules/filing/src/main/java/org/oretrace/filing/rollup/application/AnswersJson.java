package org.oretrace.filing.rollup.application;

import org.oretrace.kernel.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.oretrace.filing.rollup.domain.RolledAnswer;
import org.oretrace.kernel.Metal;

import java.util.ArrayList;
import java.util.List;

/** The answers a version wrote, frozen as JSON with their rules, declarations and overrides. */
public final class AnswersJson {

    private AnswersJson() {
    }

    public static String write(List<RolledAnswer> answers) {
        JsonArrayBuilder array = Jsons.array();
        for (RolledAnswer a : answers) {
            JsonObjectBuilder o = Jsons.object().add("question", a.question());
            add(o, "metal", a.metal() == null ? null : a.metal().name());
            add(o, "answer", a.answer());
            add(o, "comment", a.comment());
            add(o, "rule", a.rule());
            add(o, "generated", a.generated());
            add(o, "overrideReason", a.overrideReason());
            add(o, "overriddenBy", a.overriddenBy());
            JsonArrayBuilder basis = Jsons.array();
            a.basis().forEach(basis::add);
            array.add(o.add("basis", basis));
        }
        return array.build().toString();
    }

    public static List<RolledAnswer> read(String json) {
        List<RolledAnswer> answers = new ArrayList<>();
        if (json == null) {
            return answers;
        }
        try (var reader = Jsons.reader(json)) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                String metal = text(o, "metal");
                Metal m = metal == null ? null : Metal.valueOf(metal);
                List<Long> basis = o.getJsonArray("basis").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue).toList();
                answers.add(new RolledAnswer(RolledAnswer.key(o.getString("question"), m), o.getString("question"), m,
                        text(o, "answer"), text(o, "comment"), text(o, "rule"), basis, text(o, "generated"),
                        text(o, "overrideReason"), text(o, "overriddenBy")));
            }
        }
        return answers;
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }
}

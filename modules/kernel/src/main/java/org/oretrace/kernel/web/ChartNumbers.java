package org.oretrace.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbers behind a chart, as a table: what a screen reader (or anyone who wants the exact figures) reads instead
 * of the picture (WCAG 1.1.1). Built from the same Chart.js configuration the chart draws ({@link ChartConfig#toJson}),
 * so the two cannot disagree: one row per label, one column per data set; a gap in the data reads "no figure". Used by
 * the kernel tag {@code <ot:chartNumbers chart="#{...}"/>} under a {@code p:chart}.
 */
@Named("charts")
@ApplicationScoped
public class ChartNumbers {

    /** A chart's data as a table. */
    public record Table(List<String> series, List<Row> rows) {
    }

    /** One label of the chart (a day, a metal, a rule) and its figure in each data set. */
    public record Row(String label, List<String> values) {
    }

    public Table table(String chartJson) {
        return of(chartJson);
    }

    public static Table of(String chartJson) {
        if (chartJson == null || chartJson.isBlank()) {
            return new Table(List.of(), List.of());
        }
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(chartJson))) {
            data = reader.readObject().getJsonObject("data");
        }
        if (data == null) {
            return new Table(List.of(), List.of());
        }
        JsonArray labels = data.getJsonArray("labels");
        JsonArray datasets = data.getJsonArray("datasets");
        List<String> series = new ArrayList<>();
        for (JsonValue set : datasets) {
            JsonObject object = set.asJsonObject();
            series.add(object.containsKey("label") ? object.getString("label") : "Value");
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; labels != null && i < labels.size(); i++) {
            List<String> values = new ArrayList<>();
            for (JsonValue set : datasets) {
                JsonArray points = set.asJsonObject().getJsonArray("data");
                JsonValue point = points != null && i < points.size() ? points.get(i) : JsonValue.NULL;
                values.add(point instanceof JsonNumber n ? format.format(n.numberValue()) : "no figure");
            }
            rows.add(new Row(text(labels.get(i)), values));
        }
        return new Table(series, rows);
    }

    private static String text(JsonValue label) {
        return switch (label.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) label).getString();
            case ARRAY -> String.join(" ", label.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList());
            default -> label.toString();
        };
    }
}

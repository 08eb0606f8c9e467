package org.oretrace.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.oretrace.kernel.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers behind a chart, as a table: what a screen reader (or anyone who wants the exact figures) reads instead
 * of the picture (WCAG 1.1.1). Built from the same Chart.js configuration the chart draws ({@link ChartConfig#toJson}),
 * so the two cannot disagree: one row per label, one column per data set; a gap in the data reads "no figure". Used by
 * the kernel tag {@code <ot:chartNumbers chart="#{...}"/>} under a {@code p:chart}.
 */
@Named("charts")
@RequestScoped
public class ChartNumbers {

    /**
     * The tables this request built, by their chart's JSON: the tag's {@code ui:param} is an expression that Faces
     * evaluates again at each use (series, rows, each repeat's passes), so without this one chart was parsed four to six
     * times per render (issue 18: a seventh of the home page's CPU under load).
     */
    private final Map<String, Table> built = new HashMap<>();

    /** A chart's data as a table. */
    public record Table(List<String> series, List<Row> rows) {
    }

    /** One label of the chart (a day, a metal, a rule) and its figure in each data set. */
    public record Row(String label, List<String> values) {
    }

    public Table table(String chartJson) {
        if (chartJson == null) {
            return of(null);
        }
        return built.computeIfAbsent(chartJson, ChartNumbers::of);
    }

    public static Table of(String chartJson) {
        if (chartJson == null || chartJson.isBlank()) {
            return new Table(List.of(), List.of());
        }
        JsonObject data;
        try (JsonReader reader = Jsons.reader(chartJson)) {
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
                values.add(point instanceof JsonNumber n ? figure(n, format) : "no figure");
            }
            rows.add(new Row(text(labels.get(i)), values));
        }
        return new Table(series, rows);
    }

    /** A count as a long (most figures are), anything else as its double: formatting a BigDecimal costs far more. */
    private static String figure(JsonNumber number, NumberFormat format) {
        if (!number.isIntegral()) {
            return format.format(number.doubleValue());
        }
        long value = number.longValue();
        return value > -1000 && value < 1000 ? Long.toString(value) : format.format(value);
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

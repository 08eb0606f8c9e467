package org.oretrace.kernel.web;

import org.oretrace.kernel.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one builder of Chart.js configurations for PrimeFaces' {@code p:chart}: every chart of every module is set up
 * here, written with jakarta.json so labels (smelter names, years, states) are always escaped. A chart is its type,
 * its labels, its data sets and the few options the screens use; {@link #option} and {@link #scale} take the rest.
 */
public final class ChartConfig {

    /** The colours of the RMAP categories (conformant, active, not conformant, unknown) and of a plain series. */
    public static final String CONFORMANT = "#2e7d32";
    public static final String ACTIVE = "#f9a825";
    public static final String NOT_CONFORMANT = "#c62828";
    public static final String UNKNOWN = "#9e9e9e";
    public static final String PRIMARY = "#1f5f8b";

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final JsonArrayBuilder datasets = Jsons.array();
    private final Map<String, JsonObjectBuilder> scales = new LinkedHashMap<>();
    private final JsonObjectBuilder plugins = Jsons.object();
    private final JsonObjectBuilder options = Jsons.object().add("responsive", true);

    private ChartConfig(String type) {
        this.type = type;
    }

    public static ChartConfig bar() {
        return new ChartConfig("bar");
    }

    public static ChartConfig line() {
        return new ChartConfig("line");
    }

    /** A data set of numbers, one per label; a null is a gap (a figure the data do not hold), never a zero. */
    public static JsonObjectBuilder series(String label, String colour, List<? extends Number> values) {
        return Jsons.object().add("label", label).add("data", numbers(values)).add("backgroundColor", colour);
    }

    /** The data of a data set set up by hand; a null is a gap. */
    public static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder data = Jsons.array();
        for (Number v : values) {
            if (v == null) {
                data.addNull();
            } else if (v instanceof Double || v instanceof Float) {
                data.add(v.doubleValue());
            } else {
                data.add(v.longValue());
            }
        }
        return data;
    }

    public ChartConfig labels(List<String> labels) {
        this.labels.addAll(labels);
        return this;
    }

    public ChartConfig dataset(JsonObjectBuilder dataset) {
        datasets.add(dataset);
        return this;
    }

    /** Bars stacked on both axes: a bar's height is the total of its parts. */
    public ChartConfig stacked() {
        scale("x").add("stacked", true);
        scale("y").add("stacked", true);
        return this;
    }

    /** The y axis starts at zero and shows whole numbers only (counts of smelters, suppliers). */
    public ChartConfig countsFromZero() {
        scale("y").add("beginAtZero", true).add("ticks", Jsons.object().add("precision", 0));
        return this;
    }

    /** The chart fills the height its container is given (set one in the page) and is drawn at once. */
    public ChartConfig fillHeight() {
        options.add("maintainAspectRatio", false).add("animation", false);
        return this;
    }

    /** Bars along the x axis, one row per label: long labels (rule names, smelter names) stay readable. */
    public ChartConfig horizontal() {
        options.add("indexAxis", "y");
        return this;
    }

    public ChartConfig title(String text) {
        plugins.add("title", Jsons.object().add("display", true).add("text", text));
        return this;
    }

    public ChartConfig legendBelow() {
        plugins.add("legend", Jsons.object().add("position", "bottom"));
        return this;
    }

    public ChartConfig noLegend() {
        plugins.add("legend", Jsons.object().add("display", false));
        return this;
    }

    /** Any further option of Chart.js ("interaction", a legend with its own labels, ...). */
    public ChartConfig option(String name, JsonObjectBuilder value) {
        options.add(name, value);
        return this;
    }

    public ChartConfig plugin(String name, JsonObjectBuilder value) {
        plugins.add(name, value);
        return this;
    }

    /** The settings of one axis ("x" or "y"), created on first use, to add to. */
    public JsonObjectBuilder scale(String axis) {
        return scales.computeIfAbsent(axis, a -> Jsons.object());
    }

    public String toJson() {
        JsonArrayBuilder labelArray = Jsons.array();
        labels.forEach(labelArray::add);
        JsonObjectBuilder scaleObject = Jsons.object();
        scales.forEach(scaleObject::add);
        JsonObjectBuilder opts = options.add("plugins", plugins);
        if (!scales.isEmpty()) {
            opts.add("scales", scaleObject);
        }
        return Jsons.object().add("type", type)
                .add("data", Jsons.object().add("labels", labelArray).add("datasets", datasets))
                .add("options", opts)
                .build().toString();
    }
}

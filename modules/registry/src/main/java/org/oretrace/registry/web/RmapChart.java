package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.registry.application.SmelterDirectory;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.application.SmelterSearch;
import org.oretrace.registry.published.RmapCategory;
import org.oretrace.registry.domain.Smelter;

import java.util.List;
import java.util.Map;

/**
 * Chart.js configuration: smelters on RMI's current list per metal, stacked by RMAP category today,
 * so a reviewer sees at a glance how much of each metal's supply base is conformant. Shown in the
 * smelter browser and on the home page.
 */
@ApplicationScoped
public class RmapChart {

    @Inject
    SmelterSearch search;

    @Inject
    SmelterDirectory directory;

    @Inject
    ApplicationClock clock;

    public String byMetalToday() {
        SmelterSearch.Filter listedOnly = new SmelterSearch.Filter(null, null, null, null, null, null, true);
        List<Smelter> all = search.search(listedOnly, 0, 100_000, "smelterId", true);
        Map<String, SmelterFacts> allFacts = directory.facts(all.stream().map(Smelter::getSmelterId).toList(), clock.today());
        Metal[] metals = all.stream().map(Smelter::getMetal).distinct().sorted().toArray(Metal[]::new);
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        for (Metal m : metals) {
            labels.add(m.displayName());
        }
        String[] colours = {"#2e7d32", "#f9a825", "#c62828", "#9e9e9e"};
        jakarta.json.JsonArrayBuilder datasets = jakarta.json.Json.createArrayBuilder();
        for (RmapCategory category : RmapCategory.values()) {
            jakarta.json.JsonArrayBuilder data = jakarta.json.Json.createArrayBuilder();
            for (Metal m : metals) {
                data.add(allFacts.values().stream().filter(f -> f.metal() == m && f.rmapCategory() == category).count());
            }
            datasets.add(jakarta.json.Json.createObjectBuilder().add("label", category.label()).add("data", data)
                    .add("backgroundColor", colours[category.ordinal()]));
        }
        return jakarta.json.Json.createObjectBuilder().add("type", "bar")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", jakarta.json.Json.createObjectBuilder()
                        .add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", jakarta.json.Json.createObjectBuilder().add("title", jakarta.json.Json.createObjectBuilder()
                                .add("display", true).add("text", "Smelters on RMI's list by RMAP status today")))
                        .add("scales", jakarta.json.Json.createObjectBuilder()
                                .add("x", jakarta.json.Json.createObjectBuilder().add("stacked", true))
                                .add("y", jakarta.json.Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }
}

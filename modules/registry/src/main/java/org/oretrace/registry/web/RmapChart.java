package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.ChartConfig;
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

    /** In the order of {@link RmapCategory}: conformant, active, not conformant, unknown. */
    static final String[] COLOURS = {ChartConfig.CONFORMANT, ChartConfig.ACTIVE, ChartConfig.NOT_CONFORMANT, ChartConfig.UNKNOWN};

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
        List<Metal> metals = all.stream().map(Smelter::getMetal).distinct().sorted().toList();
        ChartConfig chart = ChartConfig.bar().labels(metals.stream().map(Metal::displayName).toList())
                .stacked().title("Smelters on RMI's list by RMAP status today");
        for (RmapCategory category : RmapCategory.values()) {
            chart.dataset(ChartConfig.series(category.label(), COLOURS[category.ordinal()], metals.stream()
                    .map(m -> allFacts.values().stream().filter(f -> f.metal() == m && f.rmapCategory() == category).count())
                    .toList()));
        }
        return chart.toJson();
    }
}

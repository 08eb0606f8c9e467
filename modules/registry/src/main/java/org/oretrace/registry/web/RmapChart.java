package org.oretrace.registry.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.oretrace.kernel.Metal;
import org.oretrace.kernel.persistence.StampedCache;
import org.oretrace.kernel.time.ApplicationClock;
import org.oretrace.kernel.web.ChartConfig;
import org.oretrace.registry.application.SmelterDirectory;
import org.oretrace.registry.published.SmelterFacts;
import org.oretrace.registry.published.RmapCategory;

import java.time.LocalDate;
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
    SmelterDirectory directory;

    @Inject
    ApplicationClock clock;

    /**
     * Kept per day while the registry's facts are unchanged (kernel StampedCache over {@link SmelterDirectory#factsStamp}):
     * the home page and the smelter browser draw it on every render, and building the facts of every listed smelter
     * was a tenth of the home page's time under load (issue 18).
     */
    private final StampedCache<LocalDate, String> byDay = new StampedCache<>(10);

    public String byMetalToday() {
        LocalDate today = clock.today();
        return byDay.get(today, directory::factsStamp, () -> chart(directory.listedFacts(today)));
    }

    private static String chart(Map<String, SmelterFacts> allFacts) {
        List<Metal> metals = allFacts.values().stream().map(SmelterFacts::metal).distinct().sorted().toList();
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

package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.filing.domain.FilingFacts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A draft's facts kept between requests (issue 18: on a year of 3 million smelter rows each request consolidated the
 * whole year again, 7–20 s). An entry is used only while the database is exactly as it was when the facts were
 * computed: the key is the sources' {@link FilingSources#dataStamp() data stamp} (on PostgreSQL each supplying module's
 * stamp of its own tables, kernel DataStamp: it changes with any committed write), read before and after the
 * computation; facts computed while the stamp moved are returned but not kept. Nothing is invalidated by hand, so no write path of any module can
 * forget to, and the rule holds on several nodes: each node keeps its own entries, and every node sees the same
 * database. Without a stamp (H2, or the stand-in sources) nothing is kept.
 */
@ApplicationScoped
public class DraftFactsCache {

    private record Entry(String stamp, FilingFacts facts) {
    }

    private final Map<Integer, Entry> byYear = new ConcurrentHashMap<>();

    /** One computation per year at a time on this node: requests that come during it wait and take its result. */
    private final Map<Integer, Object> computing = new ConcurrentHashMap<>();

    /** The year's facts: kept ones while the stamp is unchanged, else computed (and kept when the stamp held still). */
    public FilingFacts facts(int year, FilingSources sources, Supplier<FilingFacts> compute) {
        String before = sources.dataStamp();
        if (before == null) {
            return compute.get();
        }
        Entry kept = byYear.get(year);
        if (kept != null && kept.stamp().equals(before)) {
            return kept.facts();
        }
        synchronized (computing.computeIfAbsent(year, y -> new Object())) {
            // another request may have computed them while this one waited: read the stamp again
            String now = sources.dataStamp();
            kept = byYear.get(year);
            if (kept != null && kept.stamp().equals(now)) {
                return kept.facts();
            }
            FilingFacts facts = compute.get();
            if (now.equals(sources.dataStamp())) {
                byYear.put(year, new Entry(now, facts));
            }
            return facts;
        }
    }
}

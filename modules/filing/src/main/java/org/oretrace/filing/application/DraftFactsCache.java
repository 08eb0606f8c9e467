package org.oretrace.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.oretrace.filing.domain.FilingFacts;

import org.oretrace.kernel.persistence.StampedCache;

import java.util.function.Supplier;

/**
 * A draft's facts kept between requests (issue 18: on a year of 3 million smelter rows each request consolidated the
 * whole year again, 7–20 s). An entry is used only while the database is exactly as it was when the facts were
 * computed: the key is the sources' {@link FilingSources#dataStamp() data stamp} (on PostgreSQL each supplying module's
 * stamp of its own tables, kernel DataStamp: it changes with any committed write), read before and after the
 * computation; facts computed while the stamp moved are returned but not kept. Nothing is invalidated by hand, so no write path of any module can
 * forget to, and the rule holds on several nodes: each node keeps its own entries, and every node sees the same
 * database. Without a stamp (H2, or the stand-in sources) nothing is kept. The mechanics are kernel StampedCache's.
 */
@ApplicationScoped
public class DraftFactsCache {

    /** A reporting year's entry: a few years are asked at most. */
    private final StampedCache<Integer, FilingFacts> byYear = new StampedCache<>(50);

    /** The year's facts: kept ones while the stamp is unchanged, else computed (and kept when the stamp held still). */
    public FilingFacts facts(int year, FilingSources sources, Supplier<FilingFacts> compute) {
        return byYear.get(year, sources::dataStamp, compute);
    }
}

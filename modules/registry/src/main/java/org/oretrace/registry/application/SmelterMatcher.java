package org.oretrace.registry.application;

import org.oretrace.registry.published.MatchMethod;
import org.oretrace.registry.published.MatchResult;
import org.oretrace.registry.published.ReportedSmelter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Resolves reported smelters to RMI smelter IDs. In the application it matches against the registry
 * (reloaded when the registry changes, and checked for changes by other cluster nodes every few
 * seconds); {@link #of} builds one over a fixed list for tests and benchmarks.
 *
 * <p>Order of decision: a typed smelter ID of the right metal; "Smelter not listed" / "not yet
 * identified"; a name confirmed in the review queue; an RMI look-up name; the same name once
 * normalized; a fuzzy match at or above the threshold ({@code oretrace.registry.match.threshold}).
 * Anything else is {@link MatchMethod#UNRESOLVED} with the reason and the closest candidate.
 */
@ApplicationScoped
public class SmelterMatcher {

    private static final long RECHECK_MILLIS = 5_000;

    @Inject
    SmelterCatalog catalog;

    @Inject
    @ConfigProperty(name = "oretrace.registry.match.threshold", defaultValue = "0.90")
    double threshold = MatchIndex.DEFAULT_THRESHOLD;

    private volatile MatchIndex index;
    private volatile String stamp;
    private volatile long checkedAt;
    private boolean fixed;

    public SmelterMatcher() {
    }

    /** A matcher over a fixed list of smelters (no database), with the default threshold. */
    public static SmelterMatcher of(Collection<KnownSmelter> smelters) {
        return of(smelters, MatchIndex.DEFAULT_THRESHOLD);
    }

    public static SmelterMatcher of(Collection<KnownSmelter> smelters, double threshold) {
        SmelterMatcher matcher = new SmelterMatcher();
        matcher.threshold = threshold;
        matcher.index = new MatchIndex(smelters, threshold);
        matcher.fixed = true;
        return matcher;
    }

    public MatchResult match(ReportedSmelter reported) {
        return index().match(reported);
    }

    /** Matches every row against one snapshot of the registry; results in the same order. */
    public List<MatchResult> matchAll(List<ReportedSmelter> reported) {
        MatchIndex current = index();
        List<MatchResult> results = new ArrayList<>(reported.size());
        for (ReportedSmelter r : reported) {
            results.add(current.match(r));
        }
        return results;
    }

    /** The confidence at or above which a fuzzy match is made automatically. */
    public double threshold() {
        return threshold;
    }

    void registryChanged(@Observes RegistryChanged change) {
        if (!fixed) {
            index = null;
        }
    }

    private MatchIndex index() {
        MatchIndex current = index;
        if (fixed) {
            return current;
        }
        long now = System.currentTimeMillis();
        if (current != null && now - checkedAt < RECHECK_MILLIS) {
            return current;
        }
        if (current == null) {
            return refresh(now);
        }
        if (!refreshing.compareAndSet(false, true)) {
            // another thread is asking the database whether the registry changed: match with the index in hand
            // instead of queueing behind that query (every reader of a busy intake used to wait here)
            return current;
        }
        try {
            return refresh(now);
        } finally {
            refreshing.set(false);
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();

    private MatchIndex refresh(long now) {
        synchronized (this) {
            String latest = catalog.stamp();
            if (index == null || !latest.equals(stamp)) {
                index = new MatchIndex(catalog.knownSmelters(), threshold);
                stamp = latest;
            }
            checkedAt = now;
            return index;
        }
    }
}

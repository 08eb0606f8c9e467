package org.oretrace.kernel.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept between requests while the data behind them is exactly as it was (issue 18): each entry carries the
 * {@link DataStamp} of the tables it was computed from, read before and after the computation; an entry is used only
 * while the stamp is unchanged, and a result computed while the stamp moved is returned but not kept. Nothing is
 * invalidated by hand, so no write path can forget to, and the rule holds on several nodes (each keeps its own entries,
 * all read the same database). Without a stamp (null: H2) nothing is kept. One computation per key at a time on a node:
 * requests that come during it wait and take its result. Keep values immutable: every caller gets the same one.
 *
 * @param <K> what the result is for (a reporting year, a campaign and a day)
 * @param <V> the result
 */
public final class StampedCache<K, V> {

    private record Entry<V>(String stamp, V value) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Object> computing = new ConcurrentHashMap<>();
    private final int maxEntries;

    /** @param maxEntries beyond this many keys the entries are dropped and kept afresh (keys such as days keep coming) */
    public StampedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * @param stamp   the stamp of the tables the value is computed from (kernel DataStamp), null when it cannot tell
     * @param compute the computation, run when no entry with the current stamp is kept
     */
    public V get(K key, Supplier<String> stamp, Supplier<V> compute) {
        String before = stamp.get();
        if (before == null) {
            return compute.get();
        }
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.stamp().equals(before)) {
            return kept.value();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            // another request may have computed it while this one waited: read the stamp again
            String now = stamp.get();
            kept = entries.get(key);
            if (kept != null && kept.stamp().equals(now)) {
                return kept.value();
            }
            V value = compute.get();
            if (now != null && now.equals(stamp.get())) {
                if (entries.size() >= maxEntries && !entries.containsKey(key)) {
                    // the locks go with the entries: a request holding one of them meanwhile at worst computes once more
                    entries.clear();
                    computing.keySet().removeIf(k -> !k.equals(key));
                }
                entries.put(key, new Entry<>(now, value));
            }
            return value;
        }
    }

    /** How many keys this cache holds anything for, locks included (bounded like the entries). */
    int keysHeld() {
        java.util.Set<K> keys = new java.util.HashSet<>(entries.keySet());
        keys.addAll(computing.keySet());
        return keys.size();
    }
}

package dev.eager.workload.orm;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The query set's result cache, with a dial: {@code hitRatio} (0 ... 1) is the fraction of lookups
 * allowed to be answered from the cache, the rest go to the database (and refresh the entry). The
 * choice is deterministic, spread evenly: lookup {@code n} may hit when {@code floor(n r)} steps up,
 * so a ratio of 0.5 lets every other lookup hit and a measurement sees exactly that fraction of
 * calls that never reach I/O.
 */
public final class ResultCache<K, V> {
    private final double hitRatio;
    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    public ResultCache(double hitRatio) {
        if (!(hitRatio >= 0 && hitRatio <= 1)) {
            throw new IllegalArgumentException("hit ratio " + hitRatio + ": must be within 0 ... 1");
        }
        this.hitRatio = hitRatio;
    }

    /** The cached value if this lookup may hit and one is cached; otherwise {@code null}: go to the database. */
    public V lookup(K key) {
        long n = lookups.getAndIncrement();
        if ((long) Math.floor((n + 1) * hitRatio) == (long) Math.floor(n * hitRatio)) {
            return null;
        }
        V value = entries.get(key);
        if (value != null) {
            hits.incrementAndGet();
        }
        return value;
    }

    /** Remembers what the database answered. */
    public V store(K key, V value) {
        entries.put(key, value);
        return value;
    }

    public double hitRatio() {
        return hitRatio;
    }

    /** Lookups answered from the cache so far. */
    public long hits() {
        return hits.get();
    }

    /** Lookups so far. */
    public long lookups() {
        return lookups.get();
    }
}

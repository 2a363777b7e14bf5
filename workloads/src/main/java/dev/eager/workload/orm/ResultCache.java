package dev.eager.workload.orm;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The query set's result cache, with a dial: a {@link HitPattern} says which lookups may be
 * answered from the cache (a fraction {@code hitRatio}, 0 ... 1, at no fixed rhythm, the same for
 * the same seed); the rest go to the database and refresh the entry. So a measurement sees that
 * fraction of calls never reach I/O, and {@code 1 - hitRatio} of them reach the server.
 */
public final class ResultCache<K, V> {
    private final HitPattern pattern;
    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    /** A cache whose lookups may hit in a fraction {@code hitRatio}, from the default seed. */
    public ResultCache(double hitRatio) {
        this(HitPattern.of(hitRatio));
    }

    public ResultCache(HitPattern pattern) {
        this.pattern = pattern;
    }

    /** The cached value if this lookup may hit and one is cached; otherwise {@code null}: go to the database. */
    public V lookup(K key) {
        if (!pattern.mayHit(lookups.getAndIncrement())) {
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
        return pattern.ratio();
    }

    /** Which lookups may hit. */
    public HitPattern pattern() {
        return pattern;
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

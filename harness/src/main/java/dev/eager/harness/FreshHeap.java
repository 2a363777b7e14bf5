package dev.eager.harness;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.function.LongSupplier;

/**
 * Makes sure a fork's young generation has been collected once before it measures: until then,
 * every allocation lands on heap memory the JVM has never touched, and the kernel's first touch of
 * each 4 KB page (a fault and a zeroing) is charged to the calls, about 10 ns per call for a chain
 * that allocates 24 B.
 *
 * <p>A fast allocator fills the 256 MB young generation ({@link ForkFlags#BASE}) during its
 * warm-up. A slow one does not: bypass-prologue EAGER at depth 20 allocates 24 B per ~95 ns (250
 * MB/s), its first young collection came ~1.1 s into the fork, after the 1 s warm-up, and until
 * then it measured ~105 ns against ~93 ns after it (forks of the gate's profile spread over 90-127
 * ns). Filling the rest of eden before the first measured iteration costs at most the time to
 * touch 256 MB (~0.1 s), and nothing in a fork that has already collected or that does not
 * allocate (its measured calls touch no fresh memory either). {@code -XX:+AlwaysPreTouch} does the
 * same for every fork at ~0.2 s each, which the standard profile's 45 minutes cannot hold.
 */
public final class FreshHeap {
    /** A fork that allocated less than this during its warm-up allocates nothing per call. */
    static final long ALLOCATING_BYTES = 1 << 20;
    /** Garbage is made in arrays of this size: small enough for eden, large enough to be quick. */
    static final int CHUNK_BYTES = 64 * 1024;
    /** Where the garbage goes, so that escape analysis cannot remove it. */
    private static volatile Object sink;

    private FreshHeap() {
    }

    /**
     * Allocates garbage until the young generation has been collected once, unless it has been
     * already or the fork has not allocated since {@code edenUsedAtStart} (bytes of eden in use
     * then). Returns the chunks it allocated.
     */
    public static long collectYoungOnce(long edenUsedAtStart) {
        long heap = Runtime.getRuntime().maxMemory();
        return fillUntilCollected(FreshHeap::collections, FreshHeap::edenUsed, edenUsedAtStart,
                () -> sink = new byte[CHUNK_BYTES], 2 * heap / CHUNK_BYTES);
    }

    /** Bytes in use in the eden space now (0 where the collector has none). */
    public static long edenUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().contains("Eden")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The decision and the loop, on the counters given: testable without a fresh JVM. */
    static long fillUntilCollected(LongSupplier collections, LongSupplier edenUsed, long edenUsedAtStart,
            Runnable allocateChunk, long maxChunks) {
        long before = collections.getAsLong();
        if (before > 0 || edenUsed.getAsLong() - edenUsedAtStart < ALLOCATING_BYTES) {
            return 0;
        }
        long chunks = 0;
        // Bounded: a collector that never reports a collection must not hang the fork.
        while (collections.getAsLong() == before && chunks < maxChunks) {
            allocateChunk.run();
            chunks++;
        }
        sink = null;
        return chunks;
    }

    /** Collections of every collector so far (a young one is what any eden-filling allocation brings). */
    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}

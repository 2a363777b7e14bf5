package dev.eager.harness;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

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
 * ns). So after the last warm-up iteration, a fork whose benchmark thread has allocated but that
 * has not collected yet allocates the rest of eden: at most the time to touch 256 MB (~0.1 s), and
 * nothing in a fork that has collected or does not allocate. It runs in that iteration's tear-down,
 * which JMH's {@code -prof gc} counts with the (discarded) warm-up iteration, not a measured one.
 * {@code -XX:+AlwaysPreTouch} would do the same for every fork at ~0.2 s each, which the standard
 * profile's 45 minutes cannot hold.
 *
 * <p>A benchmark holds one, calls {@link #start} at the end of its trial set-up and {@link
 * #afterIteration} from an iteration tear-down.
 */
public final class FreshHeap {
    /** A benchmark thread that allocated less than this during the warm-up allocates nothing per call. */
    static final long ALLOCATING_BYTES = 1 << 20;
    /** Garbage is made in arrays of this size: small enough for eden, large enough to be quick. */
    static final int CHUNK_BYTES = 64 * 1024;
    /** Where the garbage goes, so that escape analysis cannot remove it. */
    private static volatile Object sink;

    private long allocatedAtStart;
    private int warmupsDone;

    /** Notes what the benchmark thread has allocated so far (call it once the benchmark is built). */
    public void start() {
        allocatedAtStart = allocatedByThisThread();
        warmupsDone = 0;
    }

    /** After the last warm-up iteration, fills eden if it must (see the class). Returns the chunks allocated. */
    public long afterIteration(IterationParams iteration) {
        if (iteration.getType() != IterationType.WARMUP || ++warmupsDone != iteration.getCount()) {
            return 0;
        }
        long heap = Runtime.getRuntime().maxMemory();
        return fillUntilCollected(FreshHeap::collections, allocatedByThisThread() - allocatedAtStart,
                () -> sink = new byte[CHUNK_BYTES], 2 * heap / CHUNK_BYTES);
    }

    /**
     * The decision and the loop, on the counters given (testable without a fresh JVM): nothing when
     * a collection has happened or {@code allocated} is below {@link #ALLOCATING_BYTES}; else
     * chunks until the collection count moves, at most {@code maxChunks}.
     */
    static long fillUntilCollected(LongSupplier collections, long allocated, Runnable allocateChunk, long maxChunks) {
        long before = collections.getAsLong();
        if (before > 0 || allocated < ALLOCATING_BYTES) {
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

    /** Bytes the calling thread has allocated since it started. */
    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
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

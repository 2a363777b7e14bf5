package dev.eager.harness;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The bytes and classes of a cold call, counted by the benchmark itself around exactly the calls
 * ({@link #begin()}, {@link #end()}) and reported by this profiler as secondary metrics. The gc
 * profiler's {@code gc.alloc.rate.norm} is exact in a steady state, where it divides a long
 * iteration's allocation by millions of calls; a single shot is one call, and that window also holds
 * what every thread allocated around it (JMH's iteration bookkeeping, its link to the host JVM).
 * The calling thread's own counter ({@code ThreadMXBean.getCurrentThreadAllocatedBytes}) sees only
 * the calls: their objects and whatever class loading and linkage allocate on the heap (mirrors,
 * method types, lambda forms); metaspace is not counted. The class count is the JVM's, over the same
 * calls (in a single-threaded call nothing else loads classes in between, save rare JMH traffic).
 */
public final class ColdCallProfiler implements InternalProfiler {
    /** The metric of the calls' own bytes. */
    public static final String BYTES = "cold.alloc.bytes";
    /** The metric of the classes loaded during the calls. */
    public static final String CLASSES = "cold.classes.loaded";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ClassLoadingMXBean CLASS_LOADING = ManagementFactory.getClassLoadingMXBean();

    private static long bytesBefore;
    private static long classesBefore;
    private static volatile long bytes = -1;
    private static volatile long classes = -1;

    /** Called by the benchmark's setup: loads and links the counters themselves before the shot. */
    public static void prepare() {
        for (int i = 0; i < 3; i++) {
            begin();
            end();
        }
        bytes = -1;
        classes = -1;
    }

    /** Just before the first measured call, on the calling thread. */
    public static void begin() {
        classesBefore = CLASS_LOADING.getTotalLoadedClassCount();
        bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Just after the last measured call, on the calling thread. */
    public static void end() {
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
        long loaded = CLASS_LOADING.getTotalLoadedClassCount() - classesBefore;
        bytes = allocated;
        classes = loaded;
    }

    /** The last counted calls' bytes, or -1 when none were counted since {@link #prepare()}. */
    public static long bytes() {
        return bytes;
    }

    /** The last counted calls' loaded classes, or -1 when none were counted. */
    public static long classes() {
        return classes;
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        List<Result> out = new ArrayList<>();
        if (bytes >= 0) {
            out.add(new ScalarResult(BYTES, bytes, "B", AggregationPolicy.AVG));
            out.add(new ScalarResult(CLASSES, classes, "classes", AggregationPolicy.AVG));
        }
        return out;
    }

    @Override
    public String getDescription() {
        return "bytes allocated by, and classes loaded during, the cold calls (counted by ColdStartBenchmark)";
    }
}

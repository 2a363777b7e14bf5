package dev.eager.harness;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every JVM flag a benchmark fork gets, in one place: those a class asks for and those the launcher
 * adds (the heap, a JIT {@link Tier}'s). JMH takes a class's fork flags only from its
 * {@code @Fork(jvmArgsAppend)} annotation (so that a plain {@code java -jar benchmarks.jar} run forks
 * the same JVMs as {@link Bench}), and an annotation takes no {@code String[]} constant, only
 * compile-time constant {@code String}s. So each flag is one constant here, and every benchmark
 * class's annotation lists constants of this class only, {@link #EXPORTS} and {@link #UNSAFE} first:
 * {@code ForkFlagsTest} reads every benchmark's flags from JMH's own benchmark list and fails on a
 * flag spelled anywhere else or a class without the common pair.
 */
public final class ForkFlags {
    /** The continuations strategies drive {@code jdk.internal.vm.Continuation}. */
    public static final String EXPORTS = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED";
    /** JMH 1.37 uses {@code sun.misc.Unsafe}; JDK 25 warns about it unless allowed. */
    public static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** Keeps every layer method of every strategy's workload out of inlining ({@code opaque}). */
    public static final String DONT_INLINE_LAYERS = "-XX:CompileCommand=dontinline,dev.eager.workload.*::layer*";
    /**
     * Keeps {@link ContinuationYieldBenchmark}'s recursive body out of inlining: every layer its own
     * physical frame, so that depth is the number of frames a yield freezes.
     */
    public static final String DONT_INLINE_YIELD_LAYERS =
            "-XX:CompileCommand=dontinline,dev.eager.harness.ContinuationYieldBenchmark::layers";
    /** Silences the CompileCommand banner in every fork's output. */
    public static final String QUIET = "-XX:CompileCommand=quiet";
    /** Compiles with C1 only: the tier {@link Tier#C1}, passed by the launcher, never by an annotation. */
    public static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** Runs the bytecode interpreter only: the tier {@link Tier#INTERPRETER}, passed by the launcher. */
    public static final String INTERPRETER_ONLY = "-Xint";

    /** The flags every benchmark class appends, first in its {@code @Fork(jvmArgsAppend)}. */
    public static final List<String> COMMON = List.of(EXPORTS, UNSAFE);

    /**
     * The forks' base flags, set by {@link Bench} so that the forks do not inherit whatever flags
     * the launcher's own JVM got; each class's {@code @Fork(jvmArgsAppend)} comes after these. A
     * fixed heap keeps GC sizing out of the comparison.
     *
     * <p>The young generation is fixed at 256 MB so that eden is filled and collected during the
     * warm-up: until it has been, every allocation lands on memory the JVM has never touched, and the
     * kernel's first touch of each 4 KB page (a fault and a zeroing) is charged to the calls. With
     * G1 sizing eden itself in a 1 GB heap, a chain allocating 24 B per call did not fill it within a
     * fork, so those faults cost about 10 ns per call: bypass-once EAGER at depth 20 measured 46-50 ns
     * in some forks and 35 ns in others, against 35.0-36.4 ns in every fork with this flag (and with
     * {@code -XX:+AlwaysPreTouch}, which costs 0.36 s per fork start-up). The forks' spread looked
     * like a per-layer cost (a slope 0.45 ns/layer above a plain call's) and hid the gate's mutant.
     * A slower allocator still does not fill it within the warm-up: the chain and orm benchmarks
     * fill the rest before measuring ({@link FreshHeap}).
     */
    public static final List<String> BASE = List.of("-Xms1g", "-Xmx1g", "-Xmn256m");

    /** What every fork of every benchmark class gets: the base, then the common appended flags. */
    public static List<String> everyFork() {
        return Stream.concat(BASE.stream(), COMMON.stream()).toList();
    }

    private ForkFlags() {
    }
}

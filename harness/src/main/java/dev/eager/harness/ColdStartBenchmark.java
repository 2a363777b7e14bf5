package dev.eager.harness;

import dev.eager.core.Mode;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a short-lived process (a CLI, a serverless function, a test run) pays: the first call of a
 * strategy's chain in a fresh JVM, or its first 1,000 calls, one single shot per fork. Read each
 * row against {@code duplicated} SYNC with the same number of calls, in the same run: the cold cost
 * of hand-written sync code.
 *
 * <p>The setup builds the stack (its layer objects exist, as in a program that constructed its
 * client) but never calls it: whatever the first call loads, links, initialises and interprets is
 * in the shot. The answer is checked in the teardown instead, after the shot. The chain's classes
 * are those of every other benchmark: the bypass strategies' twins were written at build time
 * (goal {@code twins} in {@code workloads/pom.xml}), so no transform runs in the fork, as for a
 * library built with the plugin. Bytes and classes come from {@link ColdCallProfiler} (the
 * launcher adds it; with {@code java -jar}, add {@code -prof dev.eager.harness.ColdCallProfiler}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class ColdStartBenchmark {
    /** A registered strategy name: by default the reference, the proposal and the negative control. */
    @Param({"duplicated", "bypass-once", "future"})
    public String strategy;

    /**
     * SYNC (where the strategy has sync code) or EAGER, the sync answers a short-lived process uses:
     * by default {@code EAGER}, the mode every strategy has (the launcher adds SYNC where it is valid).
     */
    @Param({"EAGER"})
    public Mode mode;

    /** Layers above the leaf. */
    @Param({"10"})
    public int depth;

    /** How many calls the shot holds: the first alone, or the first thousand (where the JIT starts). */
    @Param({"1", "1000"})
    public int calls;

    /** The input, chosen so that the answer is 0 (as in the chain benchmarks: no box outside the cache). */
    public int x;

    private IntStack stack;
    private int answer = -1;

    @Setup(Level.Trial)
    public void build() {
        if (mode == Mode.ASYNC) {
            throw new IllegalStateException("cold start measures the sync answers, SYNC and EAGER, not ASYNC");
        }
        stack = Workloads.chain(strategy, depth, Leaf.READY);
        if (mode == Mode.SYNC && !stack.hasSync()) {
            throw new IllegalStateException(strategy + " has no sync code: SYNC is not a valid combination");
        }
        x = -Workloads.expectedChain(0, depth);
        ColdCallProfiler.prepare();
    }

    /** The calls, counted from the first: their sum (0 when every call is right). */
    @Benchmark
    public int firstCalls() {
        ColdCallProfiler.begin();
        int sum = 0;
        for (int i = 0; i < calls; i++) {
            sum += mode == Mode.SYNC ? stack.syncAsInt(x) : stack.eagerAsInt(x);
        }
        ColdCallProfiler.end();
        answer = sum;
        return sum;
    }

    /** Checked after the shot, not before: a call in the setup would warm what is measured. */
    @TearDown(Level.Trial)
    public void check() {
        int expected = Workloads.expectedChain(1, depth);
        int other = mode == Mode.SYNC ? stack.syncAsInt(1) : stack.eagerAsInt(1);
        if (answer != 0 || other != expected) {
            throw new IllegalStateException(strategy + " " + mode + " at depth " + depth + " computed " + answer
                    + " over " + calls + " calls (expected 0) and " + other + " for 1 (expected " + expected
                    + "): not a measurement of a wrong answer");
        }
    }
}

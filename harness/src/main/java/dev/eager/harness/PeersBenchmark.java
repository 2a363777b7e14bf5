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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The peers' chain, one call from the top to a ready leaf and back, in their sync API ({@code
 * EAGER}) and {@code ASYNC}, at depths 1 and 10. Read against {@code future} (the negative
 * control, the default's fourth row) and {@code duplicated} {@code SYNC} (run it with {@code -p
 * strategy=duplicated -p mode=SYNC}) in the same run.
 *
 * <p>A stand-in until the harness's general chain benchmark lands: that one takes every strategy
 * from {@link Workloads#strategies()}, peers included, and makes this class redundant. The shape is
 * the same: {@code ASYNC} is measured to the completed future's value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {
        "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class PeersBenchmark {
    /** A registered strategy name. */
    @Param({"flag-parameter", "kotlin", "reactor", "future"})
    public String strategy;

    /** How the stack is run: a peer's EAGER is its own sync API. */
    @Param({"EAGER", "ASYNC"})
    public Mode mode;

    /** Layers above the leaf. */
    @Param({"1", "10"})
    public int depth;

    /** The input: a non-final field, so the JIT cannot fold the call into a constant. */
    public int x = 1;

    private IntStack stack;

    @Setup(Level.Trial)
    public void buildAndCheck() {
        stack = Workloads.chain(strategy, depth, Leaf.READY);
        if (mode == Mode.SYNC && !stack.hasSync()) {
            throw new IllegalStateException(strategy + " has no sync code: SYNC is not a valid combination");
        }
        int expected = Workloads.expectedChain(x, depth);
        int actual = chain();
        if (actual != expected) {
            throw new IllegalStateException(strategy + " " + mode + " at depth " + depth
                    + " computed " + actual + ", expected " + expected + ": not measuring a wrong answer");
        }
    }

    /** The whole call: for ASYNC, from start to the completed future's value. */
    @Benchmark
    public int chain() {
        return switch (mode) {
            case SYNC -> stack.syncAsInt(x);
            case EAGER -> stack.eagerAsInt(x);
            case ASYNC -> stack.async(x).toCompletableFuture().join();
        };
    }
}

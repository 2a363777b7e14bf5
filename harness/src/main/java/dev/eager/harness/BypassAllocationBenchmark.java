package dev.eager.harness;

import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bytes allocated per eager call of the chain, against depth: run with {@code -prof gc} and read
 * {@code gc.alloc.rate.norm}. A pay-once strategy ({@code bypass-once}, {@code bypass-prologue})
 * must show the same bytes at every depth (the entry's flag binding, lambda and completed future);
 * the {@code future} negative control, read beside it, grows by a future and a box per layer.
 *
 * <p>The input is chosen per depth so that every answer is 0, inside {@code Integer}'s cache: no
 * box at the top (where the eager entry returns its completed future) differs between depths. The
 * ready leaf keeps I/O out of the number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class BypassAllocationBenchmark {
    @Param({"bypass-once", "bypass-prologue", "future"})
    public String strategy;

    @Param({"1", "10", "100"})
    public int depth;

    /** Set per depth so that the answer is 0: see the class comment. */
    public int x;

    private IntStack stack;

    @Setup
    public void setUp() {
        stack = Workloads.chain(strategy, depth, Leaf.READY);
        x = -Workloads.expectedChain(0, depth);
        int expected = Workloads.expectedChain(x, depth);
        int actual = stack.eagerAsInt(x);
        if (actual != expected) {
            throw new IllegalStateException(stack + " computed " + actual + ", expected " + expected);
        }
    }

    @Benchmark
    public int eager() {
        return stack.eagerAsInt(x);
    }
}

package dev.eager.harness;

import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether the plain opaque chain's cost grows linearly with depth, checked the way JMHSample_34
 * (safe looping) checks a loop: {@link #chain} is hand-written sync code ({@code duplicated}
 * {@code SYNC}) with {@code size} opaque layers; {@link #safeLoop} calls the depth-1 chain {@code
 * size} times, each result sunk into a {@link Blackhole} so that no call is folded or hoisted. If
 * {@code chain} grows far slower than {@code safeLoop}, the JIT is folding layers and the opaque
 * chain numbers are not measuring calls. If it grows faster past some depth, the chain is not linear
 * there: on this project's 2-core AMD EPYC, the opaque chain cost ~1.2 ns a layer up to depth 30 and
 * ~10 ns a layer between 50 and 100, every layer compiled by C2 (checked with PrintCompilation),
 * which looks like returns mispredicting once the call stack outgrows the CPU's return stack
 * buffer. The sizes in between are there to show where that happens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE, ForkFlags.QUIET,
        ForkFlags.DONT_INLINE_LAYERS})
public class LinearityBenchmark {
    /** The control: hand-written sync code, the floor of every other strategy. */
    private static final String PLAIN = "duplicated";

    @Param({"1", "10", "20", "30", "50", "100"})
    public int size;

    private int[] xs;
    private IntStack one;
    private IntStack deep;

    @Setup
    public void build() {
        xs = new int[size];
        for (int i = 0; i < size; i++) {
            xs[i] = i;
        }
        one = Workloads.chain(PLAIN, 1, Leaf.READY);
        deep = Workloads.chain(PLAIN, size, Leaf.READY);
        if (deep.syncAsInt(1) != Workloads.expectedChain(1, size)) {
            throw new IllegalStateException("the plain chain at depth " + size + " computed a wrong answer");
        }
    }

    @Benchmark
    public int chain() {
        return deep.syncAsInt(xs[0]);
    }

    @Benchmark
    public void safeLoop(Blackhole sink) {
        for (int x : xs) {
            sink.consume(one.syncAsInt(x));
        }
    }
}

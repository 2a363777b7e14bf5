package dev.eager.harness;

import dev.eager.core.Mode;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One call of a strategy's chain from the top to a ready leaf and back, in one mode, at one depth:
 * the measurement behind {@code cost(depth) = fixed + slope * depth}. Read every row against
 * {@code duplicated} {@code SYNC} at the same depth and layer kind, in the same run.
 *
 * <p>The stack comes from {@link Workloads#chain} (a benchmark never names a strategy class); the
 * launcher {@link Bench} passes {@code strategy} from {@link Workloads#strategies()} and runs
 * {@code SYNC} only where the strategy has sync code, and each {@code shape} only for the strategies
 * whose chain comes in it. Each parameter set runs in its own fork, so
 * the JIT sees one strategy and one mode per JVM. The mode test below is a reference comparison on
 * a field that never changes in a fork: perfectly predicted, and the same for every strategy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class AbstractChainBenchmark {
    /** A registered strategy name; the launcher passes them all. */
    @Param({"duplicated"})
    public String strategy;

    /** How the stack is run. */
    @Param({"SYNC", "EAGER", "ASYNC"})
    public Mode mode;

    /** Layers above the leaf. */
    @Param({"1", "10"})
    public int depth;

    /** How the layers are laid out: methods of one class, or a class per layer behind an interface. */
    @Param({"METHODS", "CLASSES"})
    public Shape shape;

    /**
     * The input: a non-final field, so the JIT cannot fold the call into a constant. Set in setup
     * so that the answer is 0 at every depth: where a strategy's API hands the answer up boxed
     * ({@code Eager.run} returns a {@code T}), the box then comes from the Integer cache at every
     * depth. With a fixed input the answer passes 127 at depth 42 and bytes/op would grow by one
     * 16-byte box there, for a reason that has nothing to do with layers.
     */
    public int x;

    private IntStack stack;

    @Setup(Level.Trial)
    public void buildAndCheck() {
        stack = Workloads.chain(strategy, depth, Leaf.READY, shape);
        if (mode == Mode.SYNC && !stack.hasSync()) {
            throw new IllegalStateException(strategy + " has no sync code: SYNC is not a valid combination");
        }
        int measured = -Workloads.expectedChain(0, depth);
        // Two inputs, so that a stack answering a constant cannot pass; the measured one last.
        for (int input : new int[] {1, measured}) {
            x = input;
            int expected = Workloads.expectedChain(x, depth);
            int actual = chain();
            if (actual != expected) {
                throw new IllegalStateException(strategy + " " + mode + " " + shape + " at depth " + depth + " computed "
                        + actual + " for " + x + ", expected " + expected + ": not measuring a wrong answer");
            }
        }
    }

    /** The whole call: for ASYNC, from start to the completed future's value. */
    @Benchmark
    public int chain() {
        if (mode == Mode.SYNC) {
            return stack.syncAsInt(x);
        }
        if (mode == Mode.EAGER) {
            return stack.eagerAsInt(x);
        }
        return stack.asyncAsInt(x).join();
    }
}

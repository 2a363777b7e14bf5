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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;

/**
 * One call of a strategy's chain from the top to a ready leaf and back, in one mode, at one depth:
 * the measurement behind {@code cost(depth) = fixed + slope * depth}. Read every row against
 * {@code duplicated} {@code SYNC} at the same depth and layer kind, in the same run.
 *
 * <p><b>With no {@code -p}</b> each subclass runs the claim in miniature: {@code EAGER} over
 * {@code duplicated} (its eager entry switches to the hand-written sync code once: the sync slope
 * plus a fixed entry), {@code bypass-once} (the proposal) and {@code future} (the negative control,
 * which pays per layer), at depths 1, 10 and 20, shape {@code METHODS}, tier {@code C2}: nine forks. A default
 * cannot hold {@code duplicated} {@code SYNC} beside them, because JMH crosses every parameter with
 * every other and {@code SYNC} is invalid for the strategies without sync code (setup refuses it).
 * For the full picture the launcher {@link Bench} passes {@code strategy} from {@link
 * Workloads#strategies()}, the profile's depths and every shape, and runs {@code SYNC} only where
 * the strategy has sync code; e.g. by hand: {@code -p strategy=duplicated -p mode=SYNC}.
 *
 * <p>The stack comes from {@link Workloads#chain} (a benchmark never names a strategy class). Each
 * parameter set runs in its own fork, so the JIT sees one strategy and one mode per JVM. The mode
 * test below is a reference comparison on a field that never changes in a fork: perfectly
 * predicted, and the same for every strategy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class AbstractChainBenchmark {
    /** A registered strategy name: by default the reference, the proposal and the negative control. */
    @Param({"duplicated", "bypass-once", "future"})
    public String strategy;

    /** How the stack is run: by default {@code EAGER}, the mode every strategy has. */
    @Param({"EAGER"})
    public Mode mode;

    /** Layers above the leaf: by default three depths a line can be fitted through, all below the return-stack limit. */
    @Param({"1", "10", "20"})
    public int depth;

    /** How the layers are laid out: methods of one class (the default), or a class per layer behind an interface. */
    @Param({"METHODS"})
    public Shape shape;

    /**
     * The JIT tier this fork runs in. One value here: a tier needs JVM flags the annotation cannot
     * vary per parameter, so the launcher passes the others with their {@link Tier#flags()}, and the
     * setup refuses a fork that did not get them.
     */
    @Param({"C2"})
    public Tier tier;

    /**
     * The input: a non-final field, so the JIT cannot fold the call into a constant. Set in setup
     * so that the answer is 0 at every depth: where a strategy's API hands the answer up boxed
     * ({@code Eager.run} returns a {@code T}), the box then comes from the Integer cache at every
     * depth. With a fixed input the answer passes 127 at depth 42 and bytes/op would grow by one
     * 16-byte box there, for a reason that has nothing to do with layers.
     */
    public int x;

    private IntStack stack;
    /** Fills eden after the warm-up where the fork has not collected yet. */
    private final FreshHeap freshHeap = new FreshHeap();

    @Setup(Level.Trial)
    public void buildAndCheck() {
        Tier running = Tier.running();
        if (running != tier) {
            throw new IllegalStateException("tier " + tier + " asked for, but this fork runs " + running
                    + ": start it with " + tier.flags() + " (scripts/bench does; java -jar benchmarks.jar: -jvmArgsPrepend)");
        }
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
        freshHeap.start();
    }

    /** After the last warm-up iteration the young generation has been collected once: see {@link FreshHeap}. */
    @TearDown(Level.Iteration)
    public void freshHeapAfterWarmup(IterationParams iteration) {
        freshHeap.afterIteration(iteration);
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

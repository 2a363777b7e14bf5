package dev.eager.harness.load;

import dev.eager.core.Mode;
import dev.eager.harness.ForkFlags;
import dev.eager.harness.FreshHeap;
import dev.eager.workload.Workloads;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.Schema;
import dev.eager.workload.orm.User;
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
import org.openjdk.jmh.infra.IterationParams;

/**
 * One {@code findById} through a strategy's whole orm stack (repository to wire), in one mode. On
 * {@code memory} the wire replays recorded bytes: what is left is the CPU cost of the ten layers,
 * to read against {@code duplicated} {@code SYNC} in the same run. On {@code h2} a loopback round
 * trip to H2's PG server is added, on {@code postgres} one to a real PostgreSQL: how much of the
 * layers' cost survives next to real I/O. The hit ratio moves between the two: the fraction of
 * lookups the query set's cache answers, so that {@code 1 - hitRatio} of the calls reach the server.
 *
 * <p>{@code Bench} plans the points per profile ({@code Profile#orm}: servers, hit ratios, five
 * forks where they are read) and starts a throw-away PostgreSQL for {@code postgres}; run by hand,
 * {@code -p server=postgres} needs {@code scripts/postgres start} first.
 *
 * <p><b>With no {@code -p}</b>: {@code EAGER} over {@code duplicated} (its eager entry switches to
 * the sync copy once), {@code bypass-once} and {@code future}, on both servers, the cache never
 * answering. The launcher {@link dev.eager.harness.Bench} passes every registered strategy with an
 * orm stack and every mode, {@code SYNC} only where the strategy has sync code (setup refuses the
 * others), and keeps this class's own {@code server} and {@code hitRatio} sets. The answer is
 * checked before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class OrmBenchmark {
    /** A registered strategy that has an orm stack: by default the reference, the proposal and the negative control. */
    @Param({"duplicated", "bypass-once", "future"})
    public String strategy;

    /** How the stack is run: by default {@code EAGER}, the mode every strategy has. */
    @Param({"EAGER"})
    public Mode mode;

    /** {@code memory} (CPU only), {@code h2} or {@code postgres} (loopback I/O). */
    @Param({"memory", "h2"})
    public String server;

    /**
     * Fraction of lookups the query set's cache answers (no I/O at all), drawn at no fixed rhythm
     * from a fixed seed: sweep it ({@code -p hitRatio=0,0.5,0.9,0.99,1}) to see how each strategy's
     * cost changes as fewer calls really wait.
     */
    @Param({"0"})
    public double hitRatio;

    /**
     * Pass-through service layers above the repository (0 ... 8), each its own class, as the
     * decorators real code stacks up: sweep it ({@code -p k=0,2,4,8}) for {@code fixed + slope x k},
     * fitted like the chain's depth.
     */
    @Param({"0"})
    public int k;

    /** The user looked up: a non-final field, so nothing folds. */
    public int id = 7;

    private OrmStack stack;
    /** Fills eden after the warm-up where the fork has not collected yet. */
    private final FreshHeap freshHeap = new FreshHeap();

    @Setup(Level.Trial)
    public void buildAndCheck() {
        stack = Workloads.orm(strategy, server, hitRatio, k);
        if (mode == Mode.SYNC && !stack.hasSync()) {
            throw new IllegalStateException(strategy + " has no sync code: SYNC is not a valid combination");
        }
        User user = findById();
        if (!Schema.user(id).equals(user)) {
            throw new IllegalStateException(strategy + " " + mode + " on " + server + " found " + user
                    + ", expected " + Schema.user(id) + ": not measuring a wrong answer");
        }
        if (stack.serviceCalls().getAsLong() != k) {
            throw new IllegalStateException(strategy + " " + mode + ": " + stack.serviceCalls().getAsLong()
                    + " calls passed on by " + k + " service layers, expected " + k + ": not measuring a shorter stack");
        }
        freshHeap.start();
    }

    /**
     * After the last warm-up iteration the young generation has been collected once: at ~3.4 KB
     * per ~100 µs call the orm does not fill it within a fork (see {@link FreshHeap}).
     */
    @TearDown(Level.Iteration)
    public void freshHeapAfterWarmup(IterationParams iteration) {
        freshHeap.afterIteration(iteration);
    }

    @TearDown(Level.Trial)
    public void close() {
        stack.close();
    }

    /** The whole call: for ASYNC, from start to the completed future's value. */
    @Benchmark
    public User findById() {
        return switch (mode) {
            case SYNC -> stack.sync(id);
            case EAGER -> stack.eager(id);
            case ASYNC -> stack.async(id).toCompletableFuture().join();
        };
    }
}

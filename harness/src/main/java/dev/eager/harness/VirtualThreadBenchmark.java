package dev.eager.harness;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Starting a virtual thread that runs one tiny task and joining it: what {@code continuations-vt}
 * pays per top-level async call. Read {@link #startAndJoin} against {@link #inline}, the same task
 * run on the calling thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class VirtualThreadBenchmark {
    /** The input: a non-final field, so the task cannot be folded. */
    public int x = 1;
    private int result;
    private final Runnable task = () -> result = x + 2;

    @Benchmark
    public int startAndJoin() throws InterruptedException {
        Thread thread = Thread.ofVirtual().start(task);
        thread.join();
        return result;
    }

    @Benchmark
    public int inline() {
        task.run();
        return result;
    }
}

package dev.eager.harness;

import dev.eager.strategy.continuations.Async;
import dev.eager.strategy.continuations.Io;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

/**
 * One async task of the {@code continuations} strategy that really waits once: {@code Async.start}
 * of a body {@code depth} frames above its leaf, the yield at the leaf (the freeze copies those
 * frames to the heap) and the resume when the leaf's stage completes (the thaw). Read {@code
 * startYieldResume} against {@code startWithoutYield}, the same task whose stage is already
 * complete: the difference is what the yield and resume cost at that depth. The resume runs on the
 * completing thread (the benchmark's own, through a direct resumer), so no thread hand-off is in
 * either number.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE, ForkFlags.QUIET,
        ForkFlags.DONT_INLINE_YIELD_LAYERS})
public class ContinuationYieldBenchmark {
    /** Frames between the task's entry and the leaf that waits. */
    @Param({"1", "10", "100"})
    public int depth;

    /** The leaf's input: a non-final field, so nothing can be folded. */
    public int x = 1;

    /** Resumes the continuation inside {@code complete()}, on the benchmark thread. */
    private static final Executor ON_COMPLETING_THREAD = Runnable::run;

    /** The stage the leaf waits for in this operation. */
    private CompletableFuture<Integer> io;
    private Async.Body<Integer> body;

    @Setup
    public void validate() {
        body = () -> layers(depth);
        int expected = x + 2 + 3 * depth;
        if (startYieldResume() != expected || startWithoutYield() != expected) {
            throw new IllegalStateException("depth " + depth + ": the task did not compute " + expected);
        }
        io = new CompletableFuture<>();
        CompletableFuture<Integer> pending = Async.start(body, ON_COMPLETING_THREAD);
        if (pending.isDone()) {
            throw new IllegalStateException("depth " + depth + ": the task did not yield at its leaf");
        }
        io.complete(x + 2);
    }

    @Benchmark
    public int startYieldResume() {
        io = new CompletableFuture<>();
        CompletableFuture<Integer> task = Async.start(body, ON_COMPLETING_THREAD);
        io.complete(x + 2);
        return task.join();
    }

    @Benchmark
    public int startWithoutYield() {
        io = CompletableFuture.completedFuture(x + 2);
        return Async.start(body, ON_COMPLETING_THREAD).join();
    }

    /** {@code depth} physical frames above the leaf (kept out of inlining by the fork's flags). */
    private int layers(int remaining) {
        return remaining == 0 ? Io.await(io) : layers(remaining - 1) + 3;
    }
}

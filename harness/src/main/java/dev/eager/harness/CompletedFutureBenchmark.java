package dev.eager.harness;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One layer's worth of {@code CompletableFuture} on the eager path: a completed future made and
 * handed up ({@link #completed}), and a completed future mapped the way a {@code future} layer adds
 * 3 ({@link #thenApply}): the per-layer toll the {@code future} strategy pays. Read both against
 * {@link #plain}, the same arithmetic with no future.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class CompletedFutureBenchmark {
    /** The input: a non-final field; small, so its box comes from the Integer cache. */
    public int x = 1;

    @Benchmark
    public int plain() {
        return x + 3;
    }

    /** Returned, so the future escapes as it does from an opaque layer: no scalar replacement. */
    @Benchmark
    public CompletableFuture<Integer> completed() {
        return CompletableFuture.completedFuture(x);
    }

    /** The mapped future is returned; the completed one below it may be scalar-replaced. */
    @Benchmark
    public CompletableFuture<Integer> thenApply() {
        return CompletableFuture.completedFuture(x).thenApply(v -> v + 3);
    }
}

package dev.eager.strategy.bypass.samples.crossing;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Leaves other classes await: static {@code @Async} methods. */
public final class Leaves {
    private Leaves() {
    }

    @Async
    public static CompletableFuture<Integer> plusTwo(int x) {
        Trace.record();
        return completedFuture(x + 2);
    }

    /** Waits for {@code io}: a leaf whose I/O may still be pending. */
    @Async
    public static CompletableFuture<Integer> after(CompletableFuture<Integer> io, int x) {
        Trace.record();
        return io.thenApply(v -> v + x);
    }
}

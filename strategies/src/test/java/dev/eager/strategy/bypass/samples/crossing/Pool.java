package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** A pool that runs a callback on a connection: an {@code @Async} functional interface. */
public final class Pool {
    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        @Async
        CompletableFuture<T> apply(int connection) throws IOException;
    }

    @Async
    <T> CompletableFuture<T> with(Work<T> work) throws IOException {
        return completedFuture(await(work.apply(40)));
    }
}

package dev.eager.strategy.bypass.samples;

import static dev.eager.strategy.bypass.Await.await;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Bad input: an @Async method that returns a value, not a future. */
public final class NotAFuture {
    @Async
    public int value(CompletableFuture<Integer> io) {
        return await(io);
    }
}

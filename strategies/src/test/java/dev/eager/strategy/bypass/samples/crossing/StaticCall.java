package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Awaits a static {@code @Async} method of another class. */
public final class StaticCall implements Layer {
    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(await(Leaves.plusTwo(x)) + 3);
    }
}

package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** An overridable {@code @Async} method, and a final one. */
public class Base implements Layer {
    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(await(Leaves.plusTwo(x)) + 3);
    }

    @Async
    public final CompletableFuture<Integer> fixed(int x) {
        return completedFuture(await(get(x)) + 3);
    }
}

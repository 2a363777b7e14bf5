package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Overrides an {@code @Async} method with another, which awaits the one it overrides. */
public class Derived extends Base {
    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(await(super.get(x)) * 10);
    }
}

package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Written for the transform, but the tests load it untransformed (as the agent leaves a class it cannot rewrite). */
public final class Untouched implements Layer {
    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(await(Leaves.plusTwo(x)) + 1000);
    }
}

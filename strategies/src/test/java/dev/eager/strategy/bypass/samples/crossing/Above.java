package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Awaits the layer below through the interface: whatever implements it. */
public final class Above implements Layer {
    private final Layer below;

    public Above(Layer below) {
        this.below = below;
    }

    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(await(below.get(x)) + 3);
    }
}

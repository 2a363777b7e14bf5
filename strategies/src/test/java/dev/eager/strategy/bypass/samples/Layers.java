package dev.eager.strategy.bypass.samples;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Direct-style @Async methods of every shape the transform rewrites; the tests transform this class. */
public final class Layers {
    private final int step;

    public Layers(int step) {
        this.step = step;
    }

    @Async
    public static CompletableFuture<Integer> leaf(int x) {
        return completedFuture(x + 2);
    }

    @Async
    public static CompletableFuture<Integer> layer(int x) {
        return completedFuture(await(leaf(x)) + 3);
    }

    @Async
    public CompletableFuture<Long> scaled(long x) {
        return completedFuture(await(wide(x)) * step);
    }

    @Async
    CompletableFuture<Long> wide(long x) {
        return completedFuture(x + step);
    }

    @Async
    public CompletableFuture<Boolean> positive(int x) {
        return completedFuture(await(layer(x)) > 0);
    }

    @Async
    public CompletableFuture<String> text(int x) {
        return completedFuture("v" + await(layer(x)));
    }

    @Async
    public CompletableFuture<Integer> passedOn(int x) {
        return completedFuture(await(layer(x)));
    }

    /** Awaits two leaves for their effect only, one of this class and one of another. */
    @Async
    public static CompletableFuture<Integer> discarded(int x) {
        await(leaf(x));
        await(dev.eager.strategy.bypass.samples.crossing.Leaves.plusTwo(x));
        return completedFuture(x);
    }

    /** Awaits a stage that is no @Async method: a real wait. */
    @Async
    public static CompletableFuture<Integer> plusOne(CompletionStage<Integer> io) {
        return completedFuture(await(io) + 1);
    }

    /** Returns a future that is not completedFuture(...): the twin waits for it. */
    @Async
    public static CompletionStage<Integer> handedOver(CompletableFuture<Integer> io) {
        return io;
    }
}

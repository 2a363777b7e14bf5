package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** A nested class awaiting its enclosing class's private methods (nestmates: another class file). */
public final class Nest {
    private final int step = 3;

    @Async
    private static CompletableFuture<Integer> hidden(int x) {
        return completedFuture(await(Leaves.plusTwo(x)) + 3);
    }

    @Async
    private CompletableFuture<Integer> hiddenOfInstance(int x) {
        return completedFuture(await(hidden(x)) + step);
    }

    /** Reaches the enclosing class's private static and private instance {@code @Async} methods. */
    public static final class Inner implements Layer {
        private final Nest outer = new Nest();

        @Async
        @Override
        public CompletableFuture<Integer> get(int x) {
            return completedFuture(await(outer.hiddenOfInstance(x)) + 3);
        }
    }
}

package dev.eager.strategy.bypass.samples.crossing;

import static java.util.concurrent.CompletableFuture.completedFuture;

import java.util.concurrent.CompletableFuture;

/** Overrides an {@code @Async} method with plain future code the transform never sees. */
public class PlainOverride extends Base {
    @Override
    public CompletableFuture<Integer> get(int x) {
        return completedFuture(x + 100);
    }
}

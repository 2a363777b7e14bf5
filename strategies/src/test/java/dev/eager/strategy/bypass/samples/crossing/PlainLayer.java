package dev.eager.strategy.bypass.samples.crossing;

import java.util.concurrent.CompletableFuture;

/** Implements the {@code @Async} interface with plain future code the transform never sees. */
public final class PlainLayer implements Layer {
    @Override
    public CompletableFuture<Integer> get(int x) {
        return CompletableFuture.supplyAsync(() -> x * 2);
    }
}

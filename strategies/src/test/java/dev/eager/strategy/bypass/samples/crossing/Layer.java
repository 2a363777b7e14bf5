package dev.eager.strategy.bypass.samples.crossing;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** A layer of a library reached through an interface: {@code @Async} on the interface method. */
public interface Layer {
    @Async
    CompletableFuture<Integer> get(int x);
}

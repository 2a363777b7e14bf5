package dev.eager.workload;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** An async API declared as an interface, as a library declares one: what {@link ShapesTest} asks the bypass transform about. */
interface AsyncApi {
    @Async
    CompletableFuture<Integer> find(int id);
}

package dev.eager.maven.samples;

import static dev.eager.strategy.bypass.Await.await;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** A wait the transform cannot link: {@code await} inside a callback instead of the method's own body. */
public final class AwaitInCallback {
    @Async
    public CompletableFuture<Integer> twice(CompletableFuture<Integer> value) {
        return value.thenApply(v -> v + await(value));
    }
}

package dev.eager.maven.samples;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Two layers over a leaf, as a library writes them: the sample every delivery rewrites. */
public final class Greeter {
    @Async
    public CompletableFuture<String> greet(int id) {
        String name = await(name(id));
        return completedFuture("hello " + name + " (" + await(visits(id)) + ")");
    }

    @Async
    private CompletableFuture<String> name(int id) {
        return completedFuture("user" + id);
    }

    @Async
    private CompletableFuture<Integer> visits(int id) {
        return completedFuture(id * 3);
    }
}

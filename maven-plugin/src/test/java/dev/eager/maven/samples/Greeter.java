package dev.eager.maven.samples;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** Layers within the class and across classes through an interface, as a library writes them. */
public final class Greeter {
    private final Directory directory = new Staff();

    @Async
    public CompletableFuture<String> greet(int id) {
        String name = await(directory.name(id));
        return completedFuture("hello " + name + " (" + await(visits(id)) + ")");
    }

    @Async
    private CompletableFuture<Integer> visits(int id) {
        return completedFuture(id * 3);
    }
}

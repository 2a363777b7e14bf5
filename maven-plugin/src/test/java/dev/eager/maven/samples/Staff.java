package dev.eager.maven.samples;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** The directory's implementation, in a class of its own. */
public final class Staff implements Directory {
    @Async
    @Override
    public CompletableFuture<String> name(int id) {
        return completedFuture("user" + id);
    }
}

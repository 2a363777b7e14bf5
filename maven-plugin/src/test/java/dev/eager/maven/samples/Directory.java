package dev.eager.maven.samples;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;

/** An @Async interface the greeter awaits across classes. */
public interface Directory {
    @Async
    CompletableFuture<String> name(int id);
}

package dev.eager.workload.continuations;

import dev.eager.strategy.continuations.Async;
import java.util.concurrent.CompletableFuture;

/** How colourless code becomes an async task: {@link Async#start} (a continuation) or {@link Async#startVirtual}. */
@FunctionalInterface
public interface Runner {
    <T> CompletableFuture<T> start(Async.Body<T> body);
}

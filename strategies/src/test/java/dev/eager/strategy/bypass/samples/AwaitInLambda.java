package dev.eager.strategy.bypass.samples;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/** Bad input: await inside a lambda, which is a method of its own that no twin covers. */
public final class AwaitInLambda {
    @Async
    public CompletableFuture<Integer> total(CompletableFuture<Integer> io) {
        IntSupplier later = () -> await(io);
        return completedFuture(later.getAsInt());
    }
}

package dev.eager.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Waiting for a stage the way a sync API must: on the calling thread, rethrowing the stage's own
 * exception (never a {@link CompletionException}/{@link ExecutionException} wrapper).
 *
 * <p>Interruption: a thread interrupted while it waits gets {@link InterruptedException}, thrown
 * as is even though the signature does not declare it, with its interrupt status cleared, as
 * Java's own blocking methods leave it. The stage is not cancelled: the caller's thread stops
 * waiting, the I/O may still complete.
 */
public final class Blocking {
    private Blocking() {
    }

    /** Returns the stage's value, waiting for it if need be. */
    public static <T> T await(CompletionStage<T> stage) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        if (future.state() == java.util.concurrent.Future.State.SUCCESS) {
            return future.resultNow();
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw Throwables.sneakyThrow(Throwables.unwrap(e));
        } catch (InterruptedException e) {
            throw Throwables.sneakyThrow(e);
        }
    }
}

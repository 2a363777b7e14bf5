package dev.eager.strategy.bypass;

import dev.eager.core.Blocking;
import dev.eager.strategy.continuations.Async;
import dev.eager.strategy.continuations.Io;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What transformed code calls at run time: the waits that replace {@link Await#await} on stages
 * that are not another twin, and the start of an async task running a twin. Public only because
 * rewritten classes in other packages call it; not an API to call by hand.
 */
public final class DirectTwin {
    private DirectTwin() {
    }

    /**
     * The wait of a {@link FlagCheck.Where#ONCE} twin: the stage's value or its own exception,
     * unwrapped, through {@link Io#await}. Inside the async task of {@link #start} a pending stage
     * suspends the task's continuation; under the eager flag, or anywhere else, it blocks the
     * calling thread (interruptibly).
     */
    public static Object await(CompletionStage<?> stage) {
        return Io.await(stage);
    }

    /**
     * The wait of a {@link FlagCheck.Where#PROLOGUE} twin, told what the twin's prologue read from
     * the flag: eager twins block the caller at once; the others wait through {@link Io#await}.
     */
    public static Object await(CompletionStage<?> stage, boolean eager) {
        return eager ? Blocking.await(stage) : Io.await(stage);
    }

    /**
     * Runs a twin as an async task: {@link Async#start}, a continuation on the calling thread that
     * suspends only at a leaf whose stage is not complete yet. The future completes with the twin's
     * value or with the exception it threw (the same object); cancelling it cancels the stage the
     * twin is waiting for.
     */
    public static <T> CompletableFuture<T> start(Async.Body<T> twin) {
        return Async.start(twin);
    }
}

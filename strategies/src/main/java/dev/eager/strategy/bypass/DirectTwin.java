package dev.eager.strategy.bypass;

import dev.eager.core.Blocking;
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

    /** A twin call captured with its arguments, run as an async task. */
    @FunctionalInterface
    public interface Body {
        /** Runs the twin; returns its value, boxed. */
        Object run() throws Throwable;
    }

    /**
     * The wait of a {@link FlagCheck.Where#ONCE} twin: the stage's value or its own exception,
     * unwrapped. Interim: it blocks the current thread, which is the caller's under the eager flag and
     * the async task's own virtual thread otherwise (see {@link #start}).
     */
    public static Object await(CompletionStage<?> stage) {
        return Blocking.await(stage);
    }

    /**
     * The wait of a {@link FlagCheck.Where#PROLOGUE} twin, told what the twin's prologue read from
     * the flag: eager waits block the caller; others wait as the async task does.
     */
    public static Object await(CompletionStage<?> stage, boolean eager) {
        return eager ? Blocking.await(stage) : await(stage);
    }

    /**
     * Runs {@code body} as an async task and returns its future, completed with the twin's value or
     * with the exception it threw (the same object). Interim: the task runs on a virtual thread of
     * its own, so a leaf that is not ready parks that virtual thread and no platform thread waits.
     * Cancelling the future does not stop the task or its leaf.
     */
    @SuppressWarnings("unchecked")
    public static <T> CompletableFuture<T> start(Body body) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread.ofVirtual().name("bypass-async").start(() -> {
            try {
                result.complete(body.run());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return (CompletableFuture<T>) result;
    }
}

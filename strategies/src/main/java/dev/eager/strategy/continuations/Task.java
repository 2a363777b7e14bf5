package dev.eager.strategy.continuations;

import dev.eager.core.Blocking;
import java.util.concurrent.CompletableFuture;

/**
 * The future of one {@link Async} task, and the stage its body is waiting for: cancelling the
 * task cancels that stage, which is how the cancellation reaches the body's pending I/O.
 */
abstract sealed class Task<T> extends CompletableFuture<T> permits ContinuationTask, VirtualTask {
    /** The stage the body waits for in {@link Io#await}, or null between waits. */
    private volatile CompletableFuture<?> awaiting;

    /** The task whose body runs on this thread (or in its mounted continuation), or null. */
    static Task<?> current() {
        ContinuationTask<?> mounted = ContinuationTask.current();
        return mounted != null ? mounted : VirtualTask.current();
    }

    /** Waits for {@code future}, which was not done a moment ago, and returns its value or throws its exception. */
    final <V> V await(CompletableFuture<V> future) {
        awaiting = future;
        try {
            // After awaiting is published: a cancel() from now on sees it; one from before is seen here.
            if (isCancelled()) {
                future.cancel(false);
            }
            suspendUntilDone(future);
            return Blocking.await(future);
        } finally {
            awaiting = null;
        }
    }

    /** Returns once {@code future} is done, or at once if the caller must block on it itself. */
    abstract void suspendUntilDone(CompletableFuture<?> future);

    /** Whether a wait in this task (on this thread, now) leaves the platform thread free. */
    abstract boolean waitsWithoutBlocking();

    @Override
    public final boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<?> pending = awaiting;
        if (cancelled && pending != null) {
            pending.cancel(mayInterruptIfRunning);
        }
        return cancelled;
    }
}

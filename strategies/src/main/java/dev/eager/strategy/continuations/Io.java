package dev.eager.strategy.continuations;

import dev.eager.core.Blocking;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one place colourless code waits: a leaf hands its pending I/O to {@link #await} and gets
 * the value back, whatever the caller is.
 *
 * <ul>
 *   <li>Inside a task of {@link Async#start}: yields the task's continuation until the stage
 *       completes; no thread waits. If the JVM refuses the yield (the continuation is pinned by a
 *       native frame, e.g. a static initializer, or a critical section), it blocks the thread the
 *       continuation is mounted on instead: slower, never hung, never a lost value.
 *   <li>Inside a task of {@link Async#startVirtual}: parks the virtual thread.
 *   <li>Anywhere else (a sync caller, or inside {@link dev.eager.core.Eager#run}, even within a
 *       task): blocks the calling thread like {@link Blocking#await}: the stage's own exception is
 *       rethrown, an interrupt ends the wait with {@link InterruptedException} (status cleared).
 * </ul>
 *
 * <p>A stage that is already complete is never waited for: its value is returned (or its
 * exception thrown) at once, wherever the caller is.
 */
public final class Io {
    private Io() {
    }

    /**
     * Inside one of our continuations: yields until the stage completes (not at all if already
     * done); outside: blocks like {@link Blocking#await} (rethrows the stage's own exception,
     * honours interruption). In a cancelled task it throws {@link
     * java.util.concurrent.CancellationException} instead of waiting.
     */
    public static <T> T await(CompletionStage<T> stage) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        if (!future.isDone()) {
            Task<?> task = Task.current();
            if (task != null) {
                return task.await(future);
            }
        }
        return Blocking.await(future);
    }

    /**
     * Whether {@link #await} would wait here without blocking a platform thread: inside a task of
     * {@link Async} and not inside {@link dev.eager.core.Eager#run}. A leaf with a blocking face
     * and an async face asks this to pick one, so that sync callers allocate nothing for the wait.
     */
    public static boolean inAsyncTask() {
        Task<?> task = Task.current();
        return task != null && task.waitsWithoutBlocking();
    }
}

package dev.eager.strategy.continuations;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs colourless code as an async task: the body is plain direct-style code whose leaves wait
 * through {@link Io#await}; the caller gets a {@link CompletableFuture} at the body's first real
 * wait instead of a blocked thread.
 *
 * <pre>{@code
 * CompletableFuture<User> user = Async.start(() -> repository.findUser(42));
 * }</pre>
 *
 * <p>{@link #start} runs the body inside a {@code jdk.internal.vm.Continuation} of this package's
 * own scope, on the calling thread, until it first yields (an {@code Io.await} on a stage that is
 * not complete); it then returns. When the awaited stage completes, the continuation is resumed on
 * a resumer thread (by default a small pool of daemon carrier threads, see the package doc).
 * {@link #startVirtual} runs the same body on a new virtual thread instead.
 *
 * <p>Outcome: the future completes with the body's value, or exceptionally with the very object
 * the body threw (checked ones too, never wrapped). It is completed outside the continuation, so
 * its dependents never run inside the body's continuation.
 *
 * <p>Cancellation: {@code cancel} completes the future with a {@link
 * java.util.concurrent.CancellationException} and cancels the stage the body is awaiting (and any
 * pending stage it awaits later); the body's {@code Io.await} then throws {@code
 * CancellationException}, and whatever the body does after that cannot change the future.
 */
public final class Async {
    private Async() {
    }

    /** Colourless code run as a task: may throw anything, which becomes the future's exception. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws Throwable;
    }

    /**
     * Runs {@code body} in a continuation of our own scope on the calling thread until it first
     * yields; the future completes with its value or its exception (the same object). Resumes run
     * on the default carrier pool.
     */
    public static <T> CompletableFuture<T> start(Body<T> body) {
        return start(body, Carriers.POOL);
    }

    /**
     * As {@link #start(Body)}, resuming on {@code resumer} instead: whichever thread that executor
     * runs its tasks on runs the rest of the body after each wait. {@code Runnable::run} resumes on
     * the thread that completes the awaited stage.
     */
    public static <T> CompletableFuture<T> start(Body<T> body, Executor resumer) {
        return ContinuationTask.start(Objects.requireNonNull(body, "body"), Objects.requireNonNull(resumer, "resumer"));
    }

    /**
     * Runs {@code body} on a new virtual thread, where {@link Io#await} parks that thread (no
     * platform thread waits). Returns at once; the future completes as for {@link #start(Body)},
     * and cancelling it cancels the stage the body awaits in the same way.
     */
    public static <T> CompletableFuture<T> startVirtual(Body<T> body) {
        return VirtualTask.start(Objects.requireNonNull(body, "body"));
    }
}

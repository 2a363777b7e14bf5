package dev.eager.strategy.futurevalue;

import dev.eager.core.Blocking;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A result that is a plain value when it is ready and a future only when it is not, in the spirit
 * of .NET's {@code ValueTask<T>}: a ready layer allocates this small holder (which escape analysis
 * may remove) instead of a {@link CompletableFuture} and its completion machinery.
 *
 * <p>Its methods are {@code CompletableFuture}'s, with the same meaning, so that code written for
 * one is code for the other: the strategies {@code future} and {@code future-value} share one
 * source and differ in the type's name. As with {@code CompletableFuture}, a failure travels in the
 * result (a function that throws fails the task it returns); a failed task holds a failed future.
 */
public final class ValueTask<T> {
    private static final ValueTask<Void> DONE = new ValueTask<>(null, null);

    private final T value;
    private final CompletableFuture<T> pending;

    private ValueTask(T value, CompletableFuture<T> pending) {
        this.value = value;
        this.pending = pending;
    }

    /** A ready result. */
    public static <T> ValueTask<T> completedFuture(T value) {
        return new ValueTask<>(value, null);
    }

    /** A result that failed with {@code failure} (the object itself). */
    public static <T> ValueTask<T> failedFuture(Throwable failure) {
        return new ValueTask<>(null, CompletableFuture.failedFuture(failure));
    }

    /** A result that becomes ready when {@code stage} completes (ready at once if it already has). */
    public static <T> ValueTask<T> of(CompletionStage<T> stage) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        if (future.state() == Future.State.SUCCESS) {
            return completedFuture(future.resultNow());
        }
        return new ValueTask<>(null, future);
    }

    /** Ready when every one of {@code tasks} is: at once if they all are, else when the last completes. */
    public static ValueTask<Void> allOf(ValueTask<?>... tasks) {
        boolean ready = true;
        for (ValueTask<?> task : tasks) {
            ready &= task.pending == null;
        }
        if (ready) {
            return DONE;
        }
        CompletableFuture<?>[] futures = new CompletableFuture<?>[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            futures[i] = tasks[i].toCompletableFuture();
        }
        return of(CompletableFuture.allOf(futures));
    }

    /** Applies {@code fn} now if ready, else when the value arrives. */
    public <U> ValueTask<U> thenApply(Function<? super T, ? extends U> fn) {
        if (pending == null) {
            try {
                return completedFuture(fn.apply(value));
            } catch (Throwable failure) {
                return failedFuture(failure);
            }
        }
        return new ValueTask<>(null, pending.thenApply(fn));
    }

    /** Consumes the value now if ready, else when it arrives. */
    public ValueTask<Void> thenAccept(Consumer<? super T> action) {
        return thenApply(t -> {
            action.accept(t);
            return null;
        });
    }

    /** Continues with another value task: now if ready, else when the value arrives. */
    public <U> ValueTask<U> thenCompose(Function<? super T, ? extends ValueTask<U>> fn) {
        if (pending == null) {
            try {
                return fn.apply(value);
            } catch (Throwable failure) {
                return failedFuture(failure);
            }
        }
        return new ValueTask<>(null, pending.thenCompose(t -> fn.apply(t).toCompletableFuture()));
    }

    /** Applies {@code fn} to the value or the failure (one of them {@code null}): now if ready, else on completion. */
    public <U> ValueTask<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        if (pending == null) {
            try {
                return completedFuture(fn.apply(value, null));
            } catch (Throwable failure) {
                return failedFuture(failure);
            }
        }
        return of(pending.handle(fn));
    }

    /** This result as a future: a completed one when ready. */
    public CompletableFuture<T> toCompletableFuture() {
        return pending == null ? CompletableFuture.completedFuture(value) : pending;
    }

    /** The value, waiting for it when it is not ready; see {@link Blocking#await}. */
    public T join() {
        return pending == null ? value : Blocking.await(pending);
    }

    @Override
    public String toString() {
        return pending == null ? "ValueTask[" + value + "]" : "ValueTask[" + pending + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueTask<?> other && pending == null && other.pending == null
                && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return pending == null ? Objects.hashCode(value) : System.identityHashCode(this);
    }
}

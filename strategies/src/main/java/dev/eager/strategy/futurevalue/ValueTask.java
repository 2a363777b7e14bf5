package dev.eager.strategy.futurevalue;

import dev.eager.core.Blocking;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A result that is a plain value when it is ready and a future only when it is not, in the spirit
 * of .NET's {@code ValueTask<T>}: a ready layer allocates this small holder (which escape analysis
 * may remove) instead of a {@link CompletableFuture} and its completion machinery.
 *
 * <p>Exactly one of value and future is meaningful. A failure that happens while ready is thrown
 * by the code that computes the value, as plain sync code would; a failure while pending completes
 * the future exceptionally.
 */
public final class ValueTask<T> {
    private final T value;
    private final CompletableFuture<T> pending;

    private ValueTask(T value, CompletableFuture<T> pending) {
        this.value = value;
        this.pending = pending;
    }

    /** A ready result. */
    public static <T> ValueTask<T> of(T value) {
        return new ValueTask<>(value, null);
    }

    /** A result that becomes ready when {@code stage} completes (ready at once if it already has). */
    public static <T> ValueTask<T> of(CompletionStage<T> stage) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        if (future.state() == java.util.concurrent.Future.State.SUCCESS) {
            return of(future.resultNow());
        }
        return new ValueTask<>(null, future);
    }

    /** Whether the value is at hand. */
    public boolean isReady() {
        return pending == null;
    }

    /** Applies {@code fn} now if ready, else when the value arrives. */
    public <U> ValueTask<U> map(Function<? super T, ? extends U> fn) {
        if (pending == null) {
            return of(fn.apply(value));
        }
        return new ValueTask<>(null, pending.thenApply(fn));
    }

    /** Continues with another value task: now if ready, else when the value arrives. */
    public <U> ValueTask<U> flatMap(Function<? super T, ValueTask<U>> fn) {
        if (pending == null) {
            return fn.apply(value);
        }
        return new ValueTask<>(null, pending.thenCompose(t -> fn.apply(t).toFuture()));
    }

    /** This result as a future: a completed one when ready. */
    public CompletableFuture<T> toFuture() {
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

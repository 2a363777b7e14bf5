package dev.eager.strategy.continuations;

import dev.eager.core.Eager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A task of {@link Async#start}: one continuation for the whole body, driven first by the caller
 * of {@code start}, then by the resumer each time the stage the body yielded on completes.
 */
final class ContinuationTask<T> extends Task<T> {
    /** Our scope: only continuations of this scope are yielded by {@link Io#await}. */
    static final ContinuationScope SCOPE = new ContinuationScope("eager-async");

    private final Async.Body<T> body;
    private final Executor resumer;
    private final Strand strand;
    /** Written by the body just before it yields, read by the driver once the yield has returned. */
    private CompletableFuture<?> yieldedOn;
    /** The body's outcome, written inside the continuation, read by the driver once it is done. */
    private T value;
    private Throwable failure;
    private int refusedYields;
    private Continuation.Pinned lastRefusal;

    private ContinuationTask(Async.Body<T> body, Executor resumer) {
        this.body = body;
        this.resumer = resumer;
        this.strand = new Strand(this);
    }

    static <T> ContinuationTask<T> start(Async.Body<T> body, Executor resumer) {
        ContinuationTask<T> task = new ContinuationTask<>(body, resumer);
        task.drive();
        return task;
    }

    /** The task of the innermost of our continuations mounted on this thread, or null. */
    static ContinuationTask<?> current() {
        return Continuation.getCurrentContinuation(SCOPE) instanceof Strand strand ? strand.task : null;
    }

    /**
     * Runs the continuation until it is done or has yielded on a stage still pending; then
     * completes this future (outside the continuation, so dependents never run inside it) or
     * arranges the next resume.
     */
    private void drive() {
        while (true) {
            strand.run();
            if (strand.isDone()) {
                if (failure != null) {
                    completeExceptionally(failure);
                } else {
                    complete(value);
                }
                return;
            }
            CompletableFuture<?> stage = yieldedOn;
            yieldedOn = null;
            if (!stage.isDone()) {
                // Registered only now that the continuation is unmounted: a completion can never
                // race a resume against a continuation that is still running.
                stage.whenComplete((ignoredValue, ignoredFailure) -> resume());
                return;
            }
        }
    }

    private void resume() {
        try {
            resumer.execute(this::drive);
        } catch (RejectedExecutionException e) {
            // The body cannot go on; its future must not stay pending forever.
            completeExceptionally(e);
        }
    }

    /** The continuation's entry: runs the body and keeps its outcome for the driver. */
    private void runBody() {
        try {
            value = body.run();
        } catch (Throwable t) {
            failure = t;
        }
    }

    @Override
    void suspendUntilDone(CompletableFuture<?> future) {
        if (Eager.isEager()) {
            // A sync call inside the task: it blocks, as eager code does. Yielding here would also
            // leave the flag's binding (scoped value or thread local) on the carrier thread.
            return;
        }
        yieldedOn = future;
        if (!Continuation.yield(SCOPE)) {
            // Refused (pinned): the caller blocks on the stage on this thread instead.
            yieldedOn = null;
        }
    }

    @Override
    boolean waitsWithoutBlocking() {
        return !Eager.isEager();
    }

    /** How many of this task's waits fell back to blocking because the JVM refused the yield. */
    int refusedYields() {
        return refusedYields;
    }

    /** Why the last refused yield was refused, or null. */
    Continuation.Pinned lastRefusal() {
        return lastRefusal;
    }

    /** The continuation, reporting a refused yield instead of throwing as the JDK's does. */
    private static final class Strand extends Continuation {
        final ContinuationTask<?> task;

        Strand(ContinuationTask<?> task) {
            super(SCOPE, task::runBody);
            this.task = task;
        }

        @Override
        protected void onPinned(Pinned reason) {
            task.refusedYields++;
            task.lastRefusal = reason;
        }
    }
}

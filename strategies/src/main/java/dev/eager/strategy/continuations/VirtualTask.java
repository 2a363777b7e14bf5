package dev.eager.strategy.continuations;

import java.util.concurrent.CompletableFuture;

/**
 * A task of {@link Async#startVirtual}: the body runs on its own virtual thread, where waiting
 * parks that thread and the JDK's scheduler resumes it.
 */
final class VirtualTask<T> extends Task<T> {
    private static final ScopedValue<VirtualTask<?>> CURRENT = ScopedValue.newInstance();

    private VirtualTask() {
    }

    static <T> VirtualTask<T> start(Async.Body<T> body) {
        VirtualTask<T> task = new VirtualTask<>();
        Thread.ofVirtual().name("eager-async-virtual").start(() -> task.run(body));
        return task;
    }

    /** The task whose body runs on this virtual thread, or null. */
    static VirtualTask<?> current() {
        // isVirtual first: platform threads (every sync caller) never look the scoped value up.
        return Thread.currentThread().isVirtual() && CURRENT.isBound() ? CURRENT.get() : null;
    }

    private void run(Async.Body<T> body) {
        T value;
        try {
            value = ScopedValue.where(CURRENT, this).call(body::run);
        } catch (Throwable t) {
            completeExceptionally(t);
            return;
        }
        // Completed outside the binding: dependents running here are not inside the task.
        complete(value);
    }

    @Override
    void suspendUntilDone(CompletableFuture<?> future) {
        // Nothing to do: blocking on a virtual thread parks it and frees its carrier.
    }

    @Override
    boolean waitsWithoutBlocking() {
        return true;
    }
}

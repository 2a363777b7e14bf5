package dev.eager.strategy.continuations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Io#await} outside any task: the sync caller's wait. */
class IoTest {
    private static final long PATIENCE_MILLIS = 60_000;

    @Test
    void outsideATaskAwaitBlocksTheCallerUntilTheStageCompletes() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Integer> value = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> value.set(Io.await(gate)));
        Threads.awaitBlocked(caller);
        assertTrue(caller.isAlive(), "await returned before the stage completed");
        gate.complete(5);
        caller.join(PATIENCE_MILLIS);
        assertEquals(5, value.get());
    }

    @Test
    void outsideATaskAwaitRethrowsTheStagesOwnCheckedException() {
        IOException failure = new IOException("reset");
        assertSame(failure, assertThrows(IOException.class, () -> Io.await(CompletableFuture.failedFuture(failure))));
    }

    @Test
    void outsideATaskAwaitRethrowsAnExceptionArrivingLaterAsItself() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                Io.await(gate);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        Threads.awaitBlocked(caller);
        IllegalStateException failure = new IllegalStateException("late");
        gate.completeExceptionally(failure);
        caller.join(PATIENCE_MILLIS);
        assertSame(failure, thrown.get());
    }

    @Test
    void interruptingABlockedAwaitThrowsInterruptedExceptionWithTheStatusCleared() throws Exception {
        CompletableFuture<Integer> never = new CompletableFuture<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean statusAfter = new AtomicBoolean(true);
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                Io.await(never);
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                statusAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        Threads.awaitBlocked(caller);
        caller.interrupt();
        caller.join(PATIENCE_MILLIS);
        assertFalse(caller.isAlive(), "the interrupted await still waits");
        assertInstanceOf(InterruptedException.class, thrown.get());
        assertFalse(statusAfter.get(), "interrupt status left set");
        assertFalse(never.isDone(), "an interrupted sync wait does not cancel the I/O");
    }

    @Test
    void outsideATaskNothingWaitsWithoutBlocking() {
        assertFalse(Io.inAsyncTask());
    }

    @Test
    void aCompletedStageIsReturnedAtOnce() {
        assertEquals(8, Io.await(CompletableFuture.completedFuture(8)));
    }
}

package dev.eager.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Eager#run} and {@link Blocking#await}: values, the leaf's own exceptions, waiting. */
class EagerTest {
    /** The seed: f(x) returns 3; g awaits f(1) and adds 3. */
    private static CompletableFuture<Integer> f(int x) {
        return CompletableFuture.completedFuture(3);
    }

    private static CompletableFuture<Integer> g() {
        return f(1).thenApply(v -> v + 3);
    }

    @Test
    void seedsExampleRunEagerlyGivesSix() {
        assertEquals(6, Eager.run(EagerTest::g));
    }

    @Test
    void seedsExampleThroughTheArgumentForm() {
        assertEquals(3, Eager.run(EagerTest::f, 1));
        int g = Eager.run((Integer x) -> f(x).thenApply(v -> v + 3), 1);
        assertEquals(6, g);
        assertFalse(Eager.isEager());
    }

    @Test
    void theArgumentFormRethrowsTheLeafsCheckedExceptionAsItself() {
        IOException failure = new IOException("no route");
        Eager.CallOf<IOException, Integer, IOException> leaf = e -> {
            throw e;
        };
        assertSame(failure, assertThrows(IOException.class, () -> Eager.run(leaf, failure)));
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(failure);
        assertSame(failure, assertThrows(IOException.class, () -> Eager.run(stage -> stage.thenApply(v -> v + 1), failed)));
    }

    @Test
    void flagIsOnOnlyInsideRun() {
        assertFalse(Eager.isEager());
        assertTrue(Eager.run(() -> CompletableFuture.completedFuture(Eager.isEager())));
        assertFalse(Eager.isEager());
    }

    @Test
    void checkedExceptionThrownByTheCallIsDeclaredAndRethrownAsItself() {
        IOException failure = new IOException("no route");
        IOException thrown = assertThrows(IOException.class, () -> Eager.<Integer, IOException>run(() -> {
            throw failure;
        }));
        assertSame(failure, thrown);
    }

    @Test
    void exceptionInsideAFailedFutureIsUnwrapped() {
        IOException failure = new IOException("reset");
        CompletableFuture<Integer> failed = CompletableFuture.<Integer>failedFuture(failure).thenApply(v -> v + 1);
        assertSame(failure, assertThrows(IOException.class, () -> Eager.run(() -> failed)));
    }

    @Test
    void aCompletionExceptionWithoutCauseIsNotUnwrappedAway() {
        CompletionException bare = new CompletionException("no cause", null);
        assertSame(bare, Throwables.unwrap(bare));
    }

    @Test
    void runWaitsForAStageThatIsNotCompleteYet() throws Exception {
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        AtomicReference<Integer> result = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> result.set(Eager.run(() -> pending)));
        while (caller.getState() != Thread.State.WAITING && caller.isAlive()) {
            Thread.onSpinWait();
        }
        assertTrue(caller.isAlive());
        pending.complete(7);
        caller.join();
        assertEquals(7, result.get());
    }

    @Test
    void interruptedWaitThrowsInterruptedExceptionWithTheStatusCleared() throws Exception {
        CompletableFuture<Integer> never = new CompletableFuture<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean statusAfter = new AtomicBoolean(true);
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                Blocking.await(never);
            } catch (Throwable t) {
                thrown.set(t);
                statusAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        while (caller.getState() != Thread.State.WAITING && caller.isAlive()) {
            Thread.onSpinWait();
        }
        caller.interrupt();
        caller.join();
        assertInstanceOf(InterruptedException.class, thrown.get());
        assertFalse(statusAfter.get());
    }

    @Test
    void awaitingACancelledStageThrowsCancellationException() {
        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        cancelled.cancel(true);
        assertThrows(CancellationException.class, () -> Blocking.await(cancelled));
    }
}

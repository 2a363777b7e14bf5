package dev.eager.strategy.continuations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Eager;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jdk.internal.vm.Continuation;
import org.junit.jupiter.api.Test;

/**
 * {@link Async#start} and {@link Io#await} inside a continuation: where the body runs, when it
 * yields, which thread resumes it, what its future completes with, and what a refused yield or a
 * cancel does. Threads are observed by identity and state, never by elapsed time.
 */
class AsyncTest {
    private static final long PATIENCE_SECONDS = 60;

    @Test
    void bodyRunsOnTheCallingThreadUntilItsFirstWaitThenStartReturns() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Thread> before = new AtomicReference<>();
        CompletableFuture<Integer> result = Async.start(() -> {
            before.set(Thread.currentThread());
            return Io.await(gate) + 1;
        });
        assertSame(Thread.currentThread(), before.get());
        assertFalse(result.isDone(), "start waited for the pending stage");
        gate.complete(41);
        assertEquals(42, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aCompletedStageIsNotWaitedForAndTheFutureIsDoneOnReturn() {
        AtomicReference<Thread> after = new AtomicReference<>();
        CompletableFuture<Integer> result = Async.start(awaitNotingThread(CompletableFuture.completedFuture(5), after));
        assertTrue(result.isDone());
        assertEquals(5, result.join());
        assertSame(Thread.currentThread(), after.get());
    }

    @Test
    void theDefaultResumerIsACarrierThreadOfOurOwnNotTheCompletingThread() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Thread> resumedOn = new AtomicReference<>();
        CompletableFuture<Integer> result = Async.start(awaitNotingThread(gate, resumedOn));
        Thread completer = Thread.ofPlatform().start(() -> gate.complete(7));
        assertEquals(7, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        completer.join();
        assertNotSame(completer, resumedOn.get());
        assertTrue(resumedOn.get().getName().startsWith(Carriers.NAME_PREFIX), resumedOn.get().getName());
        assertFalse(resumedOn.get().isVirtual());
    }

    @Test
    void aDirectResumerResumesOnTheThreadThatCompletesTheStage() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Thread> resumedOn = new AtomicReference<>();
        CompletableFuture<Integer> result = Async.start(awaitNotingThread(gate, resumedOn), Runnable::run);
        gate.complete(3);
        assertTrue(result.isDone(), "the direct resumer ran the rest of the body inside complete()");
        assertEquals(3, result.join());
        assertSame(Thread.currentThread(), resumedOn.get());
    }

    /** A task body that awaits {@code stage}, notes in {@code continuedOn} the thread it continued on, and returns the value. */
    private static Async.Body<Integer> awaitNotingThread(CompletableFuture<Integer> stage, AtomicReference<Thread> continuedOn) {
        return () -> {
            int v = Io.await(stage);
            continuedOn.set(Thread.currentThread());
            return v;
        };
    }

    @Test
    void oneTaskWaitsManyTimesInOneContinuation() throws Exception {
        CompletableFuture<Integer> first = new CompletableFuture<>();
        CompletableFuture<Integer> second = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.start(() -> Io.await(first) + Io.await(second));
        first.complete(1);
        Thread.ofPlatform().start(() -> second.complete(2)).join();
        assertEquals(3, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void theFutureFailsWithTheBodysOwnCheckedException() {
        IOException failure = new IOException("refused");
        CompletableFuture<Integer> result = Async.start(() -> {
            throw failure;
        });
        ExecutionException e = assertThrows(ExecutionException.class, result::get);
        assertSame(failure, e.getCause());
    }

    @Test
    void aStageFailingLaterIsRethrownAsItselfByAwaitAndFailsTheFutureWithIt() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Throwable> seenByBody = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.start(awaitTelling(gate, seenByBody));
        IOException failure = new IOException("server went away");
        gate.completeExceptionally(failure);
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertSame(failure, e.getCause());
        assertSame(failure, seenByBody.getNow(null));
    }

    @Test
    void dependentsOfTheFutureDoNotRunInsideTheContinuation() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Boolean> dependentInTask = Async.start(() -> Io.await(gate))
                .thenApply(v -> ContinuationTask.current() != null);
        gate.complete(1);
        assertFalse(dependentInTask.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aTaskStartedInsideATaskHasItsOwnContinuation() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.start(() -> {
            CompletableFuture<Integer> inner = Async.start(() -> Io.await(gate) * 10);
            assertFalse(inner.isDone());
            return Io.await(inner) + 1;
        });
        assertFalse(result.isDone());
        gate.complete(4);
        assertEquals(41, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aTaskStartedOnAVirtualThreadYieldsItsOwnContinuationNotTheVirtualThread() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<CompletableFuture<Integer>> started = new AtomicReference<>();
        Thread.ofVirtual().start(() -> started.set(Async.start(() -> Io.await(gate) + 1))).join();
        assertFalse(started.get().isDone());
        gate.complete(1);
        assertEquals(2, started.get().get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void inAsyncTaskIsTrueOnlyInsideATaskAndOutsideEagerRun() throws Exception {
        AtomicBoolean inTask = new AtomicBoolean();
        AtomicBoolean inEagerInsideTask = new AtomicBoolean(true);
        Async.start(() -> {
            inTask.set(Io.inAsyncTask());
            return Eager.run(() -> {
                inEagerInsideTask.set(Io.inAsyncTask());
                return CompletableFuture.completedFuture(0);
            });
        }).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertFalse(Io.inAsyncTask());
        assertTrue(inTask.get());
        assertFalse(inEagerInsideTask.get());
    }

    @Test
    void aWaitInsideEagerRunInsideATaskBlocksInsteadOfYielding() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Integer> result = startBlockedThenComplete(
                () -> Eager.run(() -> CompletableFuture.completedFuture(Io.await(gate))), gate, 9);
        assertTrue(result.isDone());
        assertEquals(9, result.join());
        assertFalse(Eager.isEager());
    }

    @Test
    void aResumerThatRejectsTheResumeFailsTheFutureInsteadOfLeavingItPending() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        RejectedExecutionException refusal = new RejectedExecutionException("shut down");
        CompletableFuture<Integer> result = Async.start(() -> Io.await(gate), task -> {
            throw refusal;
        });
        gate.complete(1);
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertSame(refusal, e.getCause());
    }

    // A refused yield falls back to blocking.

    @Test
    void aYieldRefusedInACriticalSectionBlocksTheMountedThreadAndKeepsTheValue() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Integer> result = startBlockedThenComplete(() -> {
            Continuation.pin();
            try {
                return Io.await(gate);
            } finally {
                Continuation.unpin();
            }
        }, gate, 12);
        assertRefusedOnce(result, 12, Continuation.Pinned.CRITICAL_SECTION);
    }

    @Test
    void aYieldRefusedForANativeFrameBlocksTheMountedThreadAndKeepsTheValue() throws Exception {
        // The static initializer below waits on this gate: class initialisation runs under a native frame.
        CompletableFuture<Integer> result = startBlockedThenComplete(() -> WaitsInItsInitializer.VALUE, Holder.GATE, 13);
        assertRefusedOnce(result, 13, Continuation.Pinned.NATIVE);
    }

    /**
     * Starts {@code body} from a platform thread, waits until that thread blocks (the task's wait fell
     * back to blocking), checks that start has not returned, completes {@code gate} with {@code value}
     * and returns what start returned.
     */
    private static CompletableFuture<Integer> startBlockedThenComplete(Async.Body<Integer> body,
            CompletableFuture<Integer> gate, int value) throws InterruptedException {
        AtomicReference<CompletableFuture<Integer>> started = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> started.set(Async.start(body)));
        Threads.awaitBlocked(caller);
        assertNull(started.get(), "start returned while the task's wait was pending");
        gate.complete(value);
        caller.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        return started.get();
    }

    private static void assertRefusedOnce(CompletableFuture<Integer> result, int value, Continuation.Pinned why) {
        assertEquals(value, result.join());
        ContinuationTask<?> task = (ContinuationTask<?>) result;
        assertEquals(1, task.refusedYields());
        assertEquals(why, task.lastRefusal());
    }

    @Test
    void aYieldWhileHoldingAMonitorIsNotRefused() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        Object lock = new Object();
        CompletableFuture<Integer> result = Async.start(() -> {
            synchronized (lock) {
                return Io.await(gate);
            }
        });
        assertFalse(result.isDone(), "the wait inside synchronized blocked instead of yielding");
        gate.complete(14);
        assertEquals(14, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, ((ContinuationTask<?>) result).refusedYields());
    }

    /** Waits in its static initializer: a continuation cannot yield across class initialisation. */
    static final class WaitsInItsInitializer {
        static final CompletableFuture<Integer> GATE = Holder.GATE;
        static final int VALUE = Io.await(GATE);
    }

    /** Holds the gate in a class initialised before the one that waits on it. */
    static final class Holder {
        static final CompletableFuture<Integer> GATE = new CompletableFuture<>();
    }

    // Cancellation.

    @Test
    void cancellingTheFutureCancelsTheAwaitedStageAndTheBodySeesCancellationException() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Throwable> seenByBody = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.start(awaitTelling(gate, seenByBody));
        assertTrue(result.cancel(true));
        assertTrue(gate.isCancelled(), "the awaited stage was not cancelled");
        assertInstanceOf(CancellationException.class, seenByBody.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(result.isCancelled());
        assertThrows(CancellationException.class, result::join);
    }

    /**
     * A task body that awaits {@code gate}; whatever the await throws it hands to {@code seenByBody}
     * and throws on, so a test sees what the body saw as well as what the future holds.
     */
    static Async.Body<Integer> awaitTelling(CompletableFuture<Integer> gate, CompletableFuture<Throwable> seenByBody) {
        return () -> {
            try {
                return Io.await(gate);
            } catch (Throwable t) {
                seenByBody.complete(t);
                throw t;
            }
        };
    }

    @Test
    void aCancelledTaskThatWaitsAgainHasThatStageCancelledToo() throws Exception {
        CompletableFuture<Integer> first = new CompletableFuture<>();
        CompletableFuture<Integer> second = new CompletableFuture<>();
        CompletableFuture<Boolean> secondCancelled = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.start(() -> {
            try {
                return Io.await(first);
            } catch (CancellationException e) {
                try {
                    return Io.await(second);
                } catch (CancellationException again) {
                    secondCancelled.complete(second.isCancelled());
                    throw again;
                }
            }
        });
        result.cancel(false);
        assertTrue(secondCancelled.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
}

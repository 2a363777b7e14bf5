package dev.eager.strategy.continuations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Async#startVirtual}: the same body on a virtual thread, where await parks it. */
class VirtualAsyncTest {
    private static final long PATIENCE_SECONDS = 60;

    @Test
    void bodyRunsOnAVirtualThreadAndAwaitParksIt() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CompletableFuture<Boolean> inAsyncTask = new CompletableFuture<>();
        CompletableFuture<Integer> result = Async.startVirtual(() -> {
            ranOn.set(Thread.currentThread());
            inAsyncTask.complete(Io.inAsyncTask());
            return Io.await(gate) + 1;
        });
        assertTrue(inAsyncTask.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        Threads.awaitBlocked(ranOn.get());
        assertFalse(result.isDone());
        gate.complete(1);
        assertEquals(2, result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(ranOn.get().isVirtual());
    }

    @Test
    void theFutureFailsWithTheBodysOwnException() {
        IOException failure = new IOException("refused");
        CompletableFuture<Integer> result = Async.startVirtual(() -> Io.await(CompletableFuture.<Integer>failedFuture(failure)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertSame(failure, e.getCause());
    }

    @Test
    void cancellingTheFutureCancelsTheAwaitedStageAndTheBodySeesCancellationException() throws Exception {
        CompletableFuture<Integer> gate = new CompletableFuture<>();
        CompletableFuture<Thread> waiting = new CompletableFuture<>();
        CompletableFuture<Throwable> seenByBody = new CompletableFuture<>();
        Async.Body<Integer> body = AsyncTest.awaitTelling(gate, seenByBody);
        CompletableFuture<Integer> result = Async.startVirtual(() -> {
            waiting.complete(Thread.currentThread());
            return body.run();
        });
        Threads.awaitBlocked(waiting.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(result.cancel(true));
        assertTrue(gate.isCancelled(), "the awaited stage was not cancelled");
        assertInstanceOf(CancellationException.class, seenByBody.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertThrows(CancellationException.class, result::join);
    }
}

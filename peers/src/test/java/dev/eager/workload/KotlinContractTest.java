package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Peer {@code kotlin} against the contract. It cancels its pending leaf: cancelling the future of
 * {@code future { }} cancels the coroutine, and {@code await()} cancels the future it waits on.
 *
 * <p>The overridden items are its documented differences (peers/DIFFERENCES.md), each asserted as
 * what Kotlin does instead.
 */
class KotlinContractTest extends ChainContract {
    KotlinContractTest() {
        super("kotlin", true);
    }

    /**
     * Difference: {@code runBlocking} blocks the caller, but in its own event loop: the leaf
     * awaits its non-blocking face, so the leaf's blocking face is never used.
     */
    @Override
    @Test
    void eagerBlocksTheCallerUntilTheIoIsDone() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Leaf.Gated leaf = Leaf.gated(gate);
        IntStack stack = chain(10, leaf);
        Outcome outcome = Outcome.inThread(() -> stack.eagerAsInt(1));
        PeerObservations.awaitWaitingIn(outcome.thread, "kotlinx.coroutines.BlockingCoroutine", "joinBlocking");
        assertTrue(outcome.thread.isAlive(), "the eager call returned before its I/O was done");
        gate.complete(null);
        assertEquals(Workloads.expectedChain(1, 10), outcome.value());
        assertEquals(0, leaf.blockingCalls(), "runBlocking used the leaf's blocking face");
    }

    /** Difference: as above, over real I/O: neither mode uses the blocking socket. */
    @Override
    @Test
    void asyncOverRealIoNeverBlocksAThreadAndEagerBlocksTheCaller() throws Exception {
        IntStack stack = chain(10, Leaf.IO);
        long before = Leaf.IO.blockingCalls();
        assertEquals(Workloads.expectedChain(5, 10),
                stack.async(5).toCompletableFuture().get(PeerObservations.PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(Workloads.expectedChain(5, 10), stack.eagerAsInt(5));
        assertEquals(before, Leaf.IO.blockingCalls(), "a mode used the blocking socket");
    }

    /**
     * Difference: an exception that resumes a suspended coroutine is, in kotlinx.coroutines' debug
     * mode (on whenever assertions are, as under Surefire), replaced by a copy of the same type and
     * message whose cause is the original ("stack-trace recovery"). Without {@code -ea} (or with
     * {@code -Dkotlinx.coroutines.stacktrace.recovery=false}) the original arrives.
     */
    @Override
    @Test
    void exceptionArrivingLaterFailsTheAsyncFutureWithThatObject() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletionStage<Integer> result = chain(10, Leaf.gated(gate)).async(1);
        IOException failure = new IOException("server went away");
        gate.completeExceptionally(failure);
        assertRecoveredCopyOf(failure, PeerObservations.failureOf(result));
    }

    /** Difference: the blocked eager caller gets the recovered copy too (see above). */
    @Override
    @Test
    void exceptionArrivingLaterReachesTheBlockedEagerCallerAsItself() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        IntStack stack = chain(10, Leaf.gated(gate));
        Outcome outcome = Outcome.inThread(() -> stack.eagerAsInt(1));
        // Parked in joinBlocking, so the chain has reached the pending leaf.
        PeerObservations.awaitWaitingIn(outcome.thread, "kotlinx.coroutines.BlockingCoroutine", "joinBlocking");
        IOException failure = new IOException("server went away");
        gate.completeExceptionally(failure);
        assertRecoveredCopyOf(failure, outcome.failure());
    }

    /**
     * With assertions on, the copy; with them off (the peers' second Surefire run, {@code
     * kotlin-without-assertions}), the contract's own identity.
     */
    private static void assertRecoveredCopyOf(Throwable failure, Throwable arrived) {
        // kotlinx.coroutines turns recovery on by default exactly when assertions are on (-ea).
        boolean assertionsOn = KotlinContractTest.class.desiredAssertionStatus();
        assertEquals(!"off".equals(System.getProperty("peers.assertions")), assertionsOn,
                "this run's assertion status is not the one its Surefire execution asked for");
        if (!assertionsOn) {
            assertSame(failure, arrived, "without -ea the leaf's own exception arrives");
            return;
        }
        assertNotSame(failure, arrived);
        assertSame(failure.getClass(), arrived.getClass());
        assertEquals(failure.getMessage(), arrived.getMessage());
        assertSame(failure, arrived.getCause(), "the copy's cause is the leaf's own exception");
    }
}

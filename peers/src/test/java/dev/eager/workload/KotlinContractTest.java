package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.eager.core.Mode;

/**
 * Peer {@code kotlin} against the contract. It cancels its pending leaf: cancelling the future of
 * {@code future { }} cancels the coroutine, and {@code await()} cancels the future it waits on.
 *
 * <p>The overridden items and hooks are its documented differences (peers/DIFFERENCES.md), each asserted as
 * what Kotlin does instead.
 */
class KotlinContractTest extends ChainContract {
    KotlinContractTest() {
        // A runner of its own holds the eager caller (runBlocking); the leaf's blocking face is never used.
        super("kotlin", true, EagerWait.inRunner("kotlinx.coroutines.BlockingCoroutine", "joinBlocking"));
    }

    /**
     * Difference, in both modes: an exception that resumes a suspended coroutine is, in
     * kotlinx.coroutines' debug mode (on whenever assertions are, as under Surefire), replaced by a
     * copy of the same type and message whose cause is the original ("stack-trace recovery").
     * Without {@code -ea} (or with {@code -Dkotlinx.coroutines.stacktrace.recovery=false}) the
     * original arrives.
     */
    @Override
    protected void assertLateFailureArrived(Throwable failure, Throwable arrived, Mode mode) {
        assertRecoveredCopyOf(failure, arrived);
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

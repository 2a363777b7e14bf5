package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Mode;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import reactor.core.Exceptions;

/**
 * Peer {@code reactor} against the contract. It cancels its pending leaf: cancelling the future
 * of {@code toFuture()} cancels the subscription, and {@code Mono.fromFuture} cancels its future.
 *
 * <p>The overridden items and hooks are its documented differences (peers/DIFFERENCES.md), each asserted as
 * what Reactor does instead.
 */
class ReactorContractTest extends ChainContract {
    private static final int DEEP = 10_000;

    ReactorContractTest() {
        // A runner of its own holds the eager caller (block()); the leaf's blocking face is never used.
        super("reactor", true, EagerWait.inRunner("reactor.core.publisher.BlockingSingleSubscriber", "blockingGet"));
    }

    /**
     * Difference: {@code block()} rethrows a checked exception wrapped in Reactor's {@code
     * ReactiveException} (a {@code RuntimeException}); the leaf's own exception is its cause and
     * {@code Exceptions.unwrap} gets it back.
     */
    @Override
    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50})
    void eagerCallRethrowsTheLeafsOwnCheckedException(int depth) {
        IOException failure = new IOException("connection reset");
        IntStack stack = chain(depth, Leaf.failing(failure));
        RuntimeException wrapper = assertThrows(RuntimeException.class, () -> stack.eagerAsInt(1));
        assertEquals("reactor.core.Exceptions$ReactiveException", wrapper.getClass().getName());
        assertSame(failure, wrapper.getCause());
        assertSame(failure, Exceptions.unwrap(wrapper));
    }

    /**
     * Difference beside the contract: the unchecked exception does arrive as itself, but {@code
     * block()} adds a suppressed marker to that object on its way out, once per call it crosses.
     */
    @Test
    void eagerCallAddsASuppressedMarkerToTheLeafsOwnException() {
        IllegalStateException failure = new IllegalStateException("leaf failed");
        IntStack stack = chain(3, Leaf.failing(failure));
        assertSame(failure, assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1)));
        assertSame(failure, assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1)));
        assertEquals(2, failure.getSuppressed().length, Arrays.toString(failure.getSuppressed()));
        assertEquals("#block terminated with an error", failure.getSuppressed()[0].getMessage());
    }

    /**
     * Difference: a checked exception arriving later reaches the eager caller wrapped the same
     * way; the async future fails with the object itself.
     */
    @Override
    protected void assertLateFailureArrived(Throwable failure, Throwable arrived, Mode mode) {
        if (mode == Mode.ASYNC) {
            super.assertLateFailureArrived(failure, arrived, mode);
            return;
        }
        assertInstanceOf(RuntimeException.class, arrived);
        assertSame(failure, arrived.getCause());
    }

    /**
     * Difference: the layers only assemble the chain; the leaf runs when {@code block()}
     * subscribes, from inside Reactor's operators, so no layer is on the stack when it throws.
     * (Reactor's answer is {@code checkpoint()} or its debug agent, which record assembly sites.)
     */
    @Override
    @Test
    void eagerExceptionShowsEveryLayerInItsStackTrace() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        IntStack stack = chain(12, Leaf.failing(failure));
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> stack.eagerAsInt(1)));
        StackTraceElement[] trace = failure.getStackTrace();
        assertTrue(Arrays.stream(trace).anyMatch(f -> f.getMethodName().equals("block")), Arrays.toString(trace));
        assertEquals(0, Arrays.stream(trace)
                .filter(f -> f.getClassName().startsWith("dev.eager.workload.reactor."))
                .filter(f -> f.getMethodName().matches("layers?\\d*"))
                .count(), Arrays.toString(trace));
    }

    /**
     * Difference: interrupting {@code block()} throws {@code ReactiveException} wrapping the
     * {@code InterruptedException}, and cancels the pending leaf.
     */
    @Override
    @Test
    void interruptingABlockedEagerCallMakesItThrowInterruptedException() throws Exception {
        Leaf.Gated leaf = Leaf.gated(new CompletableFuture<Void>());
        Interrupted call = interruptABlockedEagerCall(leaf);
        assertInstanceOf(RuntimeException.class, call.failure());
        assertInstanceOf(InterruptedException.class, call.failure().getCause());
        assertTrue(call.interruptStatusAfter(), "block() restores the interrupt status");
        assertEquals(1, leaf.cancelledCalls(), "block() cancels its subscription when interrupted");
    }

    /**
     * Difference: a value arriving later travels up the operators by recursion, one {@code
     * onNext} frame (or more) per layer, on the thread that completes the I/O. At depth 10 000 a
     * completing thread with a tiny stack overflows, and since {@code CompletableFuture} swallows
     * what its callbacks throw, the result never completes; a large stack completes it.
     */
    @Override
    @Test
    void asyncCompletionOfADepth10000ChainDoesNotOverflowTheCompletingThread() throws Exception {
        // 64 KiB, the contract's tiny stack (the JVM rounds it up to its minimum): far below 10 000 onNext frames.
        assertFalse(completesWhenTheIoIsCompletedFromAStackOf(64 * 1024), "completed through 10 000 layers in a tiny stack");
        assertTrue(completesWhenTheIoIsCompletedFromAStackOf(256L * 1024 * 1024));
    }

    /** Completion runs entirely on the completing thread: once it has ended, the result is done or never will be. */
    private boolean completesWhenTheIoIsCompletedFromAStackOf(long stackSize) throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        IntStack stack = chain(DEEP, Leaf.gated(gate));
        AtomicReference<CompletableFuture<Integer>> started = new AtomicReference<>();
        Outcome.inThread(256L * 1024 * 1024, () -> {
            started.set(stack.async(1).toCompletableFuture());
            return 0;
        }).value();
        assertFalse(started.get().isDone());
        Outcome.inThread(stackSize, () -> {
            gate.complete(null);
            return 0;
        }).value();
        if (started.get().isDone()) {
            assertEquals(Workloads.expectedChain(1, DEEP), started.get().join());
            return true;
        }
        return false;
    }
}

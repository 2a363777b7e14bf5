package dev.eager.workload.kotlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.CoroutineContext;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlin.coroutines.intrinsics.IntrinsicsKt;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin chain called as the compiler calls a suspend function, with an explicit
 * continuation: it returns its value directly when it does not suspend, or {@code
 * COROUTINE_SUSPENDED} when it does. This shows the sync path stays unsuspended with a ready leaf.
 */
class ChainSuspensionTest {
    @Test
    void aReadyLeafCompletesTheChainWithoutSuspending() {
        Recorder caller = new Recorder();
        Object returned = new Chain(Leaf.READY).layer10(1, caller);
        assertEquals(Workloads.expectedChain(1, 10), returned);
        assertSame(null, caller.resumedWith.get(), "resumed although it never suspended");
    }

    @Test
    void aPendingLeafSuspendsTheChainAndItsCompletionResumesTheCaller() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Recorder caller = new Recorder();
        Object returned = new Chain(Leaf.gated(gate)).layer10(1, caller);
        assertSame(IntrinsicsKt.getCOROUTINE_SUSPENDED(), returned);
        gate.complete(null);
        assertEquals(Workloads.expectedChain(1, 10), caller.resumedWith.get());
    }

    /** The caller's continuation: records what it was resumed with. */
    private static final class Recorder implements Continuation<Integer> {
        final AtomicReference<Object> resumedWith = new AtomicReference<>();

        @Override
        public CoroutineContext getContext() {
            return EmptyCoroutineContext.INSTANCE;
        }

        @Override
        public void resumeWith(Object result) {
            resumedWith.set(result);
        }
    }
}

package dev.eager.workload.continuationsvt;

import dev.eager.strategy.continuations.Async;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.continuations.Chain;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntUnaryOperator;

/**
 * Registers strategy {@code continuations-vt}: the colourless chain of {@code continuations}
 * (the same code, not a copy); sync and eager are the plain call; async runs it on a virtual
 * thread with {@link Async#startVirtual}.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "continuations-vt";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf) {
        IntUnaryOperator entry = new Chain(leaf).entry(depth);
        return new ChainStack(strategy(), depth) {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public int syncAsInt(int x) {
                return entry.applyAsInt(x);
            }

            @Override
            public int eagerAsInt(int x) {
                return entry.applyAsInt(x);
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return Async.startVirtual(() -> entry.applyAsInt(x));
            }
        };
    }
}

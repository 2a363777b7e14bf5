package dev.eager.workload.continuations;

import dev.eager.strategy.continuations.Async;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.WorkloadProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntUnaryOperator;

/**
 * Registers strategy {@code continuations}: sync and eager are the plain call (no flag: outside a
 * task the leaf just does its I/O); async runs the same call in a continuation with {@link
 * Async#start}.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "continuations";
    }

    @Override
    public int order() {
        return 40;
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
                return Async.start(() -> entry.applyAsInt(x));
            }
        };
    }
}

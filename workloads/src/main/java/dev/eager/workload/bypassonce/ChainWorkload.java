package dev.eager.workload.bypassonce;

import dev.eager.core.Eager;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.WorkloadProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Registers strategy {@code bypass-once}: eager is {@link Eager#run} over the entry layer, whose public
 * method runs its direct twin; async is the same public method without the flag.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "bypass-once";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf) {
        IntFunction<CompletableFuture<Integer>> entry = new Chain(leaf).entry(depth);
        return new ChainStack(strategy(), depth) {
            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> entry.apply(x));
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return entry.apply(x);
            }
        };
    }
}

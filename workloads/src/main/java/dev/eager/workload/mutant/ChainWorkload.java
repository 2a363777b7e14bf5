package dev.eager.workload.mutant;

import dev.eager.core.Eager;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.WorkloadProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Registers strategy {@code mutant-standin}, present only under {@code -Deager.mutants}: the
 * {@code duplicated} strategy's eager path (enter {@link Eager#run}, switch once to the sync copy)
 * with the {@link Mutation} asked for, so the regression gate can be shown to catch a per-layer cost.
 * A STAND-IN: the mutants are meant to sit on {@code bypass-once}, which had not landed when this was
 * written. No SYNC (it would only repeat {@code duplicated}'s); ASYNC is the plain async copy.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "mutant-standin";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean enabled() {
        return Mutation.enabled();
    }

    @Override
    public IntStack chain(int depth, Leaf leaf) {
        Chain chain = new Chain(leaf);
        IntUnaryOperator sync = chain.entry(depth);
        IntFunction<CompletableFuture<Integer>> async = chain.asyncEntry(depth);
        return new ChainStack(strategy(), depth) {
            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> api(x));
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return api(x);
            }

            private CompletableFuture<Integer> api(int x) {
                return Eager.isEager() ? CompletableFuture.completedFuture(sync.applyAsInt(x)) : async.apply(x);
            }
        };
    }
}

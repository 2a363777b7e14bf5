package dev.eager.workload.futurevalue;

import dev.eager.core.Eager;
import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import java.util.function.IntFunction;

/** Registers strategy {@code future-value}: eager is {@link Eager#run} over the value-task chain. */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "future-value";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        IntFunction<ValueTask<Integer>> entry = switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        };
        return Operation.asyncOnly(strategy(), depth, x -> entry.apply(x).toCompletableFuture());
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services);
    }
}

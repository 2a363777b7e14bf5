package dev.eager.workload.duplicated;

import dev.eager.core.Eager;
import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Registers strategy {@code duplicated}: sync is the sync copy; eager enters {@link Eager#run} and
 * the async entry point switches to the sync copy once; async is the async copy.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "duplicated";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        IntUnaryOperator sync = switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        };
        IntFunction<CompletableFuture<Integer>> async = switch (shape) {
            case METHODS -> new Chain(leaf).asyncEntry(depth);
            case CLASSES -> ClassChain.asyncEntry(leaf, depth);
        };
        return Operation.withSyncCode(strategy(), depth, sync, async);
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services);
    }
}

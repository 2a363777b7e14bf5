package dev.eager.workload.codegen;

import dev.eager.core.Eager;
import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;

/**
 * Registers strategy {@code codegen}: sync is the generated sync chain; eager enters {@link
 * Eager#run} and the async entry point switches to the generated chain once; async is the chain
 * as written.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "codegen";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        return switch (shape) {
            case METHODS -> Operation.withSyncCode(strategy(), depth,
                    new SyncChain(leaf).entry(depth), new Chain(leaf).entry(depth));
            case CLASSES -> Operation.withSyncCode(strategy(), depth,
                    SyncClassChain.entry(leaf, depth), ClassChain.entry(leaf, depth));
        };
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services);
    }
}

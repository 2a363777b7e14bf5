package dev.eager.workload.duplicated;

import dev.eager.core.Eager;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;

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
    public IntStack chain(int depth, Leaf leaf) {
        Chain chain = new Chain(leaf);
        return ChainStack.withSyncCode(strategy(), depth, chain.entry(depth), chain.asyncEntry(depth));
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio) {
        return OrmWorkload.stack(strategy(), server, hitRatio);
    }
}

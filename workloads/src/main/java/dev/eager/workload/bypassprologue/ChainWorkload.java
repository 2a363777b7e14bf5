package dev.eager.workload.bypassprologue;

import dev.eager.core.Eager;
import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;

/**
 * Registers strategy {@code bypass-prologue}: eager is {@link Eager#run} over the entry layer, whose public
 * method runs its direct twin; async is the same public method without the flag.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "bypass-prologue";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        return Operation.asyncOnly(strategy(), depth, switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        });
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services);
    }
}

package dev.eager.workload.flagparameter;

import dev.eager.core.Blocking;
import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import java.util.concurrent.CompletableFuture;

/**
 * Registers peer {@code flag-parameter}: the sync API calls the chain with {@code async = false}
 * and waits once on the (already complete) future, as .NET's {@code Send} does with {@code
 * SendAsync(request, async: false).GetAwaiter().GetResult()}. No context flag is involved.
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "flag-parameter";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String group() {
        return "peers";
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        Chain.Entry entry = switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        };
        return new ChainStack(strategy(), depth) {
            @Override
            public int eagerAsInt(int x) {
                // Blocking.await is the one GetResult(): it rethrows the leaf's own exception.
                return Blocking.await(entry.apply(x, false));
            }

            @Override
            public CompletableFuture<Integer> asyncAsInt(int x) {
                return entry.apply(x, true);
            }
        };
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services);
    }
}

package dev.eager.workload.continuationsvt;

import dev.eager.strategy.continuations.Async;
import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
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
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        IntUnaryOperator entry = dev.eager.workload.continuations.ChainWorkload.entry(depth, leaf, shape);
        return Operation.colourless(strategy(), depth, entry, x -> Async.startVirtual(() -> entry.applyAsInt(x)));
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return dev.eager.workload.continuations.OrmWorkload.stack(strategy(), server, hitRatio, services, Async::startVirtual);
    }
}

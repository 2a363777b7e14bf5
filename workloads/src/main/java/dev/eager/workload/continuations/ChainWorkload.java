package dev.eager.workload.continuations;

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
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        IntUnaryOperator entry = entry(depth, leaf, shape);
        return Operation.colourless(strategy(), depth, entry, x -> Async.start(() -> entry.applyAsInt(x)));
    }

    /** The colourless chain's entry in {@code shape}: the same code for {@code continuations-vt}. */
    public static IntUnaryOperator entry(int depth, Leaf leaf, Shape shape) {
        return switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        };
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return OrmWorkload.stack(strategy(), server, hitRatio, services, Async::start);
    }
}

package dev.eager.workload.mutant;

import dev.eager.workload.Operation;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import java.util.EnumSet;
import java.util.Set;

/**
 * Registers the gate's mutant under the name {@code bypass-once}, in a JVM started with {@code
 * -Deager.mutants=every-layer} or {@code every-fifth-layer} only; the plain {@code bypass-once} then
 * steps aside (see its {@code enabled}). Only the chain is mutated; the orm stack is the plain one.
 */
public final class MutantWorkload implements WorkloadProvider {
    private final WorkloadProvider plain = new dev.eager.workload.bypassonce.ChainWorkload();

    @Override
    public String strategy() {
        return plain.strategy();
    }

    @Override
    public int order() {
        return plain.order();
    }

    @Override
    public boolean enabled() {
        return Mutation.current() != Mutation.NONE;
    }

    @Override
    public Set<Shape> shapes() {
        return EnumSet.of(Shape.METHODS);
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        if (shape != Shape.METHODS) {
            throw new UnsupportedOperationException("the gate's mutant comes in shape METHODS only");
        }
        return Operation.asyncOnly(strategy(), depth, new MutantChain(leaf).entry(depth));
    }

    @Override
    public OrmStack orm(OrmServer server, double hitRatio, int services) {
        return plain.orm(server, hitRatio, services);
    }
}

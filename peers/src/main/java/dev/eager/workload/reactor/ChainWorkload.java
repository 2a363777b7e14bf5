package dev.eager.workload.reactor;

import dev.eager.workload.ChainStack;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.WorkloadProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import reactor.core.publisher.Mono;

/**
 * Registers peer {@code reactor}: the sync API is {@link Mono#block()}, the async one {@link
 * Mono#toFuture()}, both used as a Reactor user would, with nothing of ours in between (so
 * {@code block()}'s wrapping of checked exceptions shows; see peers/DIFFERENCES.md).
 */
public final class ChainWorkload implements WorkloadProvider {
    @Override
    public String strategy() {
        return "reactor";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public String group() {
        return "peers";
    }

    @Override
    public IntStack chain(int depth, Leaf leaf, Shape shape) {
        IntFunction<Mono<Integer>> entry = switch (shape) {
            case METHODS -> new Chain(leaf).entry(depth);
            case CLASSES -> ClassChain.entry(leaf, depth);
        };
        return new ChainStack(strategy(), depth) {
            @Override
            public int eagerAsInt(int x) {
                return entry.apply(x).block();
            }

            @Override
            public CompletableFuture<Integer> asyncAsInt(int x) {
                return entry.apply(x).toFuture();
            }
        };
    }
}

package dev.eager.workload;

import dev.eager.core.Eager;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * What every strategy's chain stack shares: its name and depth, and no sync code unless it says
 * so. A strategy's {@code ChainWorkload} extends this with the three ways into its chain.
 */
public abstract class ChainStack implements IntStack {
    private final String strategy;
    private final int depth;

    protected ChainStack(String strategy, int depth) {
        this.strategy = strategy;
        this.depth = depth;
    }

    @Override
    public final String strategy() {
        return strategy;
    }

    @Override
    public final int depth() {
        return depth;
    }

    @Override
    public boolean hasSync() {
        return false;
    }

    @Override
    public int syncAsInt(int x) {
        throw new UnsupportedOperationException(
                "strategy '" + strategy + "' has no sync code: its sync API is the eager mode");
    }

    @Override
    public String toString() {
        return strategy + " chain, depth " + depth;
    }

    /**
     * A chain written async: {@code ASYNC} calls {@code entry}, {@code EAGER} is {@link Eager#run}
     * over the same call, and there is no sync code.
     */
    public static ChainStack overFutures(String strategy, int depth, IntFunction<CompletableFuture<Integer>> entry) {
        return new ChainStack(strategy, depth) {
            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> entry.apply(x));
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return entry.apply(x);
            }
        };
    }

    /**
     * A chain with sync code beside its async code (written by hand, or generated from it): {@code
     * SYNC} calls the sync code; {@code EAGER} is {@link Eager#run} over the library's async entry
     * point, which reads the flag once and runs the sync code; {@code ASYNC} is the async code.
     */
    public static ChainStack withSyncCode(String strategy, int depth, IntUnaryOperator sync,
            IntFunction<CompletableFuture<Integer>> async) {
        return new ChainStack(strategy, depth) {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public int syncAsInt(int x) {
                return sync.applyAsInt(x);
            }

            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> api(x));
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return api(x);
            }

            /** The library's one async entry point: it honours the flag by switching to the sync code. */
            private CompletableFuture<Integer> api(int x) {
                return Eager.isEager() ? CompletableFuture.completedFuture(sync.applyAsInt(x)) : async.apply(x);
            }
        };
    }

    /**
     * A colourless chain: {@code SYNC} and {@code EAGER} are the plain call ({@code entry}), and
     * {@code ASYNC} runs that call through {@code async}, the strategy's runner.
     */
    public static ChainStack colourless(String strategy, int depth, IntUnaryOperator entry,
            IntFunction<CompletableFuture<Integer>> async) {
        return new ChainStack(strategy, depth) {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public int syncAsInt(int x) {
                return entry.applyAsInt(x);
            }

            @Override
            public int eagerAsInt(int x) {
                return entry.applyAsInt(x);
            }

            @Override
            public CompletableFuture<Integer> async(int x) {
                return async.apply(x);
            }
        };
    }
}

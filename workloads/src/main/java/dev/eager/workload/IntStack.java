package dev.eager.workload;

import java.util.concurrent.CompletableFuture;

/**
 * A stack whose input and answer are {@code int}s: the chain. Benchmarks call the {@code AsInt}
 * methods so that no box is added at either end that the strategy itself does not allocate.
 */
public interface IntStack extends Stack<Integer> {
    /** {@link #sync} without a box at either end. */
    int syncAsInt(int x);

    /** {@link #eager} without a box at either end (where the strategy has none). */
    int eagerAsInt(int x);

    /** {@link #async} without a box for the input. */
    CompletableFuture<Integer> asyncAsInt(int x);

    @Override
    default Integer sync(Integer x) {
        return syncAsInt(x);
    }

    @Override
    default Integer eager(Integer x) {
        return eagerAsInt(x);
    }

    @Override
    default CompletableFuture<Integer> async(Integer x) {
        return asyncAsInt(x);
    }
}

package dev.eager.workload;

/**
 * A stack whose answer is an {@code int}: the chain. Benchmarks call the {@code AsInt} methods so
 * that no box is added at the top that the strategy itself does not allocate.
 */
public interface IntStack extends Stack<Integer> {
    /** {@link #sync} without a box at the top. */
    int syncAsInt(int x);

    /** {@link #eager} without a box at the top (where the strategy has none). */
    int eagerAsInt(int x);

    @Override
    default Integer sync(int x) {
        return syncAsInt(x);
    }

    @Override
    default Integer eager(int x) {
        return eagerAsInt(x);
    }
}

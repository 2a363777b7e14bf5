package dev.eager.workload;

import java.util.concurrent.CompletionStage;

/**
 * One workload call stack of one strategy at one depth, run in each {@link dev.eager.core.Mode}.
 *
 * <p>Exceptions are the leaf's own: {@code sync} and {@code eager} throw the object the leaf threw
 * (checked ones too, though undeclared); {@code async}'s stage completes exceptionally with it.
 */
public interface Stack<R> {
    /** The strategy's registered name. */
    String strategy();

    /** Layers above the leaf. */
    int depth();

    /** Whether the strategy has sync code to run in {@code SYNC}. */
    boolean hasSync();

    /** The hand-written (or colourless) sync code; {@link UnsupportedOperationException} if none. */
    R sync(int x);

    /** The async code run under the eager flag (or the strategy's flag-free equivalent). */
    R eager(int x);

    /** The async code run for real: returns before pending I/O completes. */
    CompletionStage<R> async(int x);
}

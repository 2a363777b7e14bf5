package dev.eager.workload;

/**
 * One workload call stack of one strategy at one depth: an {@link Operation} on an {@code int}
 * input, run in each {@link dev.eager.core.Mode} ({@code sync}, {@code eager}, {@code async}, as
 * {@link Operation} says, exceptions included).
 */
public interface Stack<R> extends Operation<Integer, R> {
    /** The strategy's registered name. */
    String strategy();

    /** Layers above the leaf. */
    int depth();
}

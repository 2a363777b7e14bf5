/**
 * Strategy {@code future-value}: the {@code future} strategy's code over {@link
 * dev.eager.strategy.futurevalue.ValueTask}, a result that is a value when ready and a future only
 * when not (.NET's {@code ValueTask}).
 *
 * <p>How it works: {@code ValueTask} has {@code CompletableFuture}'s methods, so the workloads'
 * orm is one source for both strategies, generated once per package with the type's name
 * substituted ({@code workloads/src/templates/java/dev/eager/workload/future}; the leaf turns the
 * wire's futures into the result type with one substituted expression). Layers {@code thenApply}
 * their child's result; under {@link dev.eager.core.Eager#run} the leaf does its I/O on the calling
 * thread and returns a ready task, so every layer applies its function at once. Where the cost is
 * paid: one small holder per layer (plus a box for a generic {@code Integer}) unless escape
 * analysis removes them, and a virtual call to the layer's function.
 * What it cannot do: cancel a pending leaf from the caller's future (completion only flows forward).
 */
package dev.eager.strategy.futurevalue;

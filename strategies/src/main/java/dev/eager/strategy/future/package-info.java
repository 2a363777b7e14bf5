/**
 * Strategy {@code future}: plain {@link java.util.concurrent.CompletableFuture} chains, the
 * suite's negative control.
 *
 * <p>How it works: layers are {@code thenApply}/{@code thenCompose} chains; the sync API is {@link
 * dev.eager.core.Eager#run}. Under the flag the leaf does its I/O synchronously and returns a
 * completed future, so every continuation runs inline on the caller's thread.
 *
 * <p>Where the cost is paid: per layer. Every layer still allocates a future and dispatches its
 * function through the completion machinery, so the eager cost grows with depth: this is the
 * strategy the gate must always classify "pays per layer". What it cannot do: cancelling the
 * caller's future does not cancel the pending leaf ({@code CompletableFuture} cancellation does not
 * travel upstream).
 *
 * <p>The mechanism needs no code of its own beyond {@code dev.eager.core}: the leaf checks {@link
 * dev.eager.core.Eager#isEager()}; see the workload package {@code dev.eager.workload.future}.
 */
package dev.eager.strategy.future;

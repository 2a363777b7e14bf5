/**
 * Peer {@code flag-parameter}: the idiom .NET's HTTP stack uses for its sync API ({@code
 * SendAsync(request, async: false)}, then one {@code GetResult()}).
 *
 * <p>How it works: every layer takes {@code boolean async} and passes it down; the leaf does
 * blocking I/O and returns a completed future when it is false. Layers still return {@code
 * CompletableFuture} and chain with {@code thenApply}, so under {@code async = false} every
 * continuation runs inline. Where the cost is paid: per layer, as {@code future} pays it (a future
 * and a dispatch per layer), plus a parameter per call; it answers "a flag in the context (ours)
 * against a flag as a parameter". What it cannot do: cancelling the caller's future does not
 * cancel the pending leaf; every signature carries the flag.
 */
package dev.eager.workload.flagparameter;

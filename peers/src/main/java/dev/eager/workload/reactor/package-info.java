/**
 * Peer {@code reactor}: the layers as Project Reactor {@code Mono} chains ({@code map}), the sync
 * API {@code block()}, the async one {@code toFuture()}.
 *
 * <p>How it works: calling a layer only assembles an operator; {@code block()} or {@code
 * toFuture()} subscribes, the leaf's non-blocking face starts, and its value travels up through
 * one subscriber per layer. Where the cost is paid: per layer, twice (an operator at assembly and
 * a subscriber at subscription), in both modes. What it cannot do: see peers/DIFFERENCES.md
 * (checked exceptions wrapped by {@code block()}, no layers in a leaf's stack trace, completion
 * recursing once per layer).
 */
package dev.eager.workload.reactor;

/**
 * Peer {@code kotlin}: the layers as Kotlin {@code suspend fun}s (compiled by kotlin-maven-plugin
 * from {@code src/templates/kotlin}), the sync API {@code runBlocking}, the async one {@code
 * future { }} on {@code Dispatchers.Unconfined}.
 *
 * <p>How it works: the compiler turns each layer, whose call to the layer below is not a tail
 * call, into a state machine; the leaf {@code await()}s its non-blocking face, which returns at
 * once when the future is already complete, so a ready leaf never suspends. Where the cost is
 * paid: per layer, a continuation object allocated on entry even when nothing suspends, and the
 * {@code Int} result boxed through the {@code Object}-returning suspend convention; once per call,
 * the coroutine and {@code runBlocking}'s event loop. What it cannot do: see peers/DIFFERENCES.md
 * (stack-trace recovery copies exceptions under {@code -ea}; {@code runBlocking} never uses a
 * leaf's blocking face).
 */
package dev.eager.workload.kotlin;

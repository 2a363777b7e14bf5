package dev.eager.workload;

/**
 * Strategy {@code bypass-once} against the contract; it cancels a pending leaf (its async task is a
 * continuation of the continuations strategy, whose cancellation reaches the awaited stage).
 */
class BypassOnceContractTest extends ChainContract {
    BypassOnceContractTest() {
        super("bypass-once", true);
    }
}

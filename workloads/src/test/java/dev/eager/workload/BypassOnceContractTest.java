package dev.eager.workload;

/**
 * Strategy {@code bypass-once} against the contract; it cannot cancel a pending leaf (the async task
 * keeps waiting for it when its future is cancelled).
 */
class BypassOnceContractTest extends ChainContract {
    BypassOnceContractTest() {
        super("bypass-once", false);
    }
}

package dev.eager.workload;

/** Strategy {@code future-value} against the contract; it cannot cancel a pending leaf (CompletableFuture cancellation does not travel upstream). */
class FutureValueContractTest extends ChainContract {
    FutureValueContractTest() {
        super("future-value", false);
    }
}

package dev.eager.workload;

/** Strategy {@code future} against the contract; it cannot cancel a pending leaf (CompletableFuture cancellation does not travel upstream). */
class FutureContractTest extends ChainContract {
    FutureContractTest() {
        super("future", false);
    }
}

package dev.eager.workload;

/** Strategy {@code duplicated} against the contract; it cannot cancel a pending leaf (CompletableFuture cancellation does not travel upstream). */
class DuplicatedContractTest extends ChainContract {
    DuplicatedContractTest() {
        super("duplicated", false);
    }
}

package dev.eager.workload;

/** Strategy {@code codegen} against the contract; it cannot cancel a pending leaf (CompletableFuture cancellation does not travel upstream). */
class CodegenContractTest extends ChainContract {
    CodegenContractTest() {
        super("codegen", false);
    }
}

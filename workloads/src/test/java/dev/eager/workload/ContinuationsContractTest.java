package dev.eager.workload;

/** Strategy {@code continuations} against the contract; cancelling its task cancels the stage its leaf awaits. */
class ContinuationsContractTest extends ChainContract {
    ContinuationsContractTest() {
        super("continuations", true);
    }
}

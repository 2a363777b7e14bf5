package dev.eager.workload;

/** Strategy {@code continuations-vt} against the contract; cancelling its task cancels the stage its leaf awaits. */
class ContinuationsVtContractTest extends ChainContract {
    ContinuationsVtContractTest() {
        super("continuations-vt", true);
    }
}

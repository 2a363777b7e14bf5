package dev.eager.workload;

/**
 * Strategy {@code bypass-prologue} against the contract; it cannot cancel a pending leaf (the async task
 * keeps waiting for it when its future is cancelled).
 */
class BypassPrologueContractTest extends ChainContract {
    BypassPrologueContractTest() {
        super("bypass-prologue", false);
    }
}

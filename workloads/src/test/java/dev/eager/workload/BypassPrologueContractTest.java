package dev.eager.workload;

/**
 * Strategy {@code bypass-prologue} against the contract; it cancels a pending leaf (its async task is a
 * continuation of the continuations strategy, whose cancellation reaches the awaited stage).
 */
class BypassPrologueContractTest extends ChainContract {
    BypassPrologueContractTest() {
        super("bypass-prologue", true);
    }
}

package dev.eager.workload;

/** Peer {@code flag-parameter} against the contract. */
class FlagParameterContractTest extends ChainContract {
    FlagParameterContractTest() {
        super("flag-parameter", false);
    }
}

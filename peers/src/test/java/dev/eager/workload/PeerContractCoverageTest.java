package dev.eager.workload;

/** Every registered strategy, the peers with ours, against every suite: the peers' and ours (the workloads' test jar). */
class PeerContractCoverageTest extends ContractCoverage {
}

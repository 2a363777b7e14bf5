package dev.eager.workload;

/** This module's registered strategies against the suites on its test class path. */
class ContractCoverageTest extends ContractCoverage {
}

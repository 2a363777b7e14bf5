/**
 * The load harness: the orm workload at constant request rates, open loop, latency from each
 * request's intended start (coordinated omission corrected), every request accounted for, one
 * HdrHistogram log per cell. Entry point {@link dev.eager.harness.load.LoadCommand} ({@code eager load}).
 */
package dev.eager.harness.load;

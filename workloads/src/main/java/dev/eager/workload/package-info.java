/**
 * The workloads, written once per strategy (twice for {@code duplicated}), and the one registry
 * that hands them out: {@link dev.eager.workload.Workloads}. Each strategy's package holds the same
 * files: {@code Chain} (shape {@code METHODS}) and {@code ClassChain} (shape {@code CLASSES}), both
 * generated at build time from {@code src/templates}, and {@code ChainWorkload} (its registration).
 */
package dev.eager.workload;

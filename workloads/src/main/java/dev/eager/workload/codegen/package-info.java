/**
 * Strategy {@code codegen}'s workloads: each {@code @GenerateSync} class here (and the chain,
 * expanded from {@code codegen/Chain.java.tmpl}) is the async source, written once; its sync twin
 * {@code SyncX} is generated from it at build time by {@link
 * dev.eager.strategy.codegen.SyncGenerator} into {@code target/generated-sources/sync}. See
 * {@link dev.eager.strategy.codegen} for what the modes mean.
 */
package dev.eager.workload.codegen;

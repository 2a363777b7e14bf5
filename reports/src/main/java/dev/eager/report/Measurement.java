package dev.eager.report;

import java.util.Map;

/**
 * One benchmark result of a run for one metric.
 *
 * @param benchmark the JMH benchmark name, e.g. {@code dev.eager.harness.InlinedChainBenchmark.chain}
 * @param params    JMH's parameters, as written
 * @param chain     the chain coordinates when this is a depth-sweep benchmark, else {@code null}
 * @param metric    time or allocation
 * @param sample    score and per-iteration data, in the metric's unit
 */
public record Measurement(String benchmark, Map<String, String> params, ChainPoint chain, Metric metric,
        Sample sample) {

    /** A depth-sweep benchmark of the chain workload, as opposed to a fixed-cost benchmark. */
    public boolean isChain() {
        return chain != null;
    }

    /** A short label for a fixed-cost benchmark: the simple class and method, and its parameters. */
    public String label() {
        String[] parts = benchmark.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
        StringBuilder label = new StringBuilder(name);
        params.forEach((k, v) -> label.append(' ').append(k).append('=').append(v));
        return label.toString();
    }
}

package dev.eager.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result of a run folder's {@code jmh-result.json}, as JMH's {@code -rf json} writes
 * it: a benchmark over one parameter set, every fork's iterations kept. Read, merged and written
 * only by {@link JmhJson}.
 *
 * @param benchmark the full name, e.g. {@code dev.eager.harness.OpaqueChainBenchmark.chain}
 * @param params    JMH's parameters, as written
 * @param jvmArgs   the forks' JVM flags as JMH recorded them (empty when absent)
 * @param primary   the primary metric (time per operation, in mode avgt)
 * @param secondary the secondary metrics by name ({@code gc.alloc.rate.norm} under {@code -prof gc})
 * @param other     JMH's remaining keys (version, mode, JVM, warm-up and measurement settings), as written
 */
public record JmhResult(String benchmark, Map<String, String> params, List<String> jvmArgs, JmhScore primary,
        Map<String, JmhScore> secondary, ObjectNode other) {
    /** JMH's name for exact bytes allocated per operation under {@code -prof gc}. */
    public static final String ALLOC_METRIC = "gc.alloc.rate.norm";

    /** How many forks measured it: one iteration array per fork. */
    public int forks() {
        return primary.forks().length;
    }

    /** The benchmark and its parameters: results of the same key are forks of one parameter set. */
    public String key() {
        return benchmark + " " + params;
    }

    /** What kind of benchmark this is, by its parameters. */
    public BenchmarkKind kind() {
        return BenchmarkKind.of(params.keySet());
    }
}
